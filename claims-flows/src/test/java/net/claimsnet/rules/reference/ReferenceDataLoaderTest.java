package net.claimsnet.rules.reference;

import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.rules.model.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataLoaderTest {

    private static Map<String, byte[]> shippedFiles() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : ReferenceDataLoader.FILES) {
            files.put(name, Files.readAllBytes(RulesFixture.configRoot().resolve("reference").resolve(name)));
        }
        return files;
    }

    @Test
    void the_shipped_reference_data_loads_and_answers_lookups() throws IOException {
        ReferenceData data = ReferenceDataLoader.load(shippedFiles());
        assertThat(data.plan("ACME-PPO-GOLD").deductible()).isEqualByComparingTo("500.00");
        assertThat(data.benefit("ACME-PPO-GOLD", "OFFICE_VISIT").copay()).isEqualByComparingTo("30.00");
        assertThat(data.benefit("ACME-HMO-SILVER", "ACUPUNCTURE")).isNull();
        assertThat(data.fee("ACME-2025", "71046", List.of("26"))).isEqualByComparingTo("10.00");
        assertThat(data.fee("ACME-2025", "71046", List.of("RT"))).isEqualByComparingTo("32.00");
        assertThat(data.fee("SUNRISE-2025", "78815", List.of())).isNull();
        assertThat(data.priorAuthorization("ACME-HMO-SILVER", "29881")).isNotNull();
        assertThat(data.priorAuthorization("ACME-PPO-GOLD", "29881")).isNull();
        assertThat(data.priorAuthorization("ACME-PPO-GOLD", "27447").planId()).isEqualTo("*");
        assertThat(data.pairEdit("29881", "29877").modifierAllowed()).isFalse();
        assertThat(data.pairEdit("29877", "29881")).isNull();
        assertThat(data.necessityPolicy("72148").supportsAny(List.of("M51.26"))).isTrue();
        assertThat(data.necessityPolicy("72148").supportsAny(List.of("M54.50"))).isFalse();
        assertThat(data.reasonText("CARC", "45")).contains("contracted fee");
        assertThat(data.procedureCount()).isGreaterThan(80);
    }

    @Test
    void the_reason_codes_modifiers_and_places_of_service_are_listed_as_loaded() throws IOException {
        ReferenceData data = ReferenceDataLoader.load(shippedFiles());
        List<String> lines = Files.readAllLines(RulesFixture.configRoot().resolve("reference").resolve("reason-codes.csv"),
                StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).collect(Collectors.toList());

        assertThat(data.reasonCodes("CARC")).hasSize((int) lines.stream().filter(l -> l.startsWith("CARC,")).count())
                .allSatisfy(r -> assertThat(r.type()).isEqualTo("CARC"));
        assertThat(data.reasonCodes("CARC")).extracting(ReasonCode::code).startsWith("1", "2", "3", "6").contains("45", "242");
        assertThat(data.reasonCodes("CARC")).filteredOn(r -> r.code().equals("45")).singleElement()
                .satisfies(r -> assertThat(r.description()).isEqualTo(data.reasonText("CARC", "45")));
        assertThat(data.reasonCodes("RARC")).hasSize((int) lines.stream().filter(l -> l.startsWith("RARC,")).count())
                .extracting(ReasonCode::code).contains("N130");
        assertThat(data.reasonCodes("XYZ")).isEmpty();

        assertThat(data.modifiers()).extracting(Modifier::code).contains("25", "59", "RT").doesNotHaveDuplicates();
        assertThat(data.modifiers()).hasSize(rowsOf("modifiers.csv"));
        assertThat(data.placesOfService()).extracting(PlaceOfService::code).startsWith("02", "10", "11");
        assertThat(data.placesOfService()).hasSize(rowsOf("places-of-service.csv"));
        assertThat(data.placesOfService()).filteredOn(p -> p.code().equals("23")).singleElement()
                .satisfies(p -> assertThat(p.emergency()).isTrue());
    }

    private static int rowsOf(String file) throws IOException {
        return (int) Files.readAllLines(RulesFixture.configRoot().resolve("reference").resolve(file), StandardCharsets.UTF_8)
                .stream().skip(1).filter(l -> !l.isBlank()).count();
    }

    @Test
    void every_plan_has_a_benefit_row_for_every_category_its_payer_uses() throws IOException {
        ReferenceData data = ReferenceDataLoader.load(shippedFiles());
        for (Plan plan : data.plans()) {
            for (ProcedureCode procedure : data.procedures()) {
                if (!procedure.category().equals("ACUPUNCTURE") && !procedure.category().equals("CHIROPRACTIC")) {
                    assertThat(data.benefit(plan.planId(), procedure.category()))
                            .as("%s benefit for %s", plan.planId(), procedure.category()).isNotNull();
                }
            }
        }
    }

    @Test
    void a_pair_edit_naming_an_unknown_code_is_refused_with_its_line() throws IOException {
        Map<String, byte[]> files = shippedFiles();
        files.put("procedure-pair-edits.csv", ("column1_code,column2_code,modifier_allowed,rationale\n"
                + "29881,29877,N,fine\n29881,99999,N,typo\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReferenceDataLoader.load(files)).isInstanceOf(ReferenceDataException.class)
                .hasMessage("procedure-pair-edits.csv line 3, column column2_code: '99999' is not defined in its own "
                        + "reference file");
    }

    @Test
    void a_missing_file_is_refused_by_name() throws IOException {
        Map<String, byte[]> files = shippedFiles();
        files.remove("unit-caps.csv");
        assertThatThrownBy(() -> ReferenceDataLoader.load(files)).hasMessageContaining("unit-caps.csv");
    }

    @Test
    void a_plan_whose_deductible_exceeds_its_out_of_pocket_maximum_is_refused() throws IOException {
        Map<String, byte[]> files = shippedFiles();
        String plans = new String(files.get("plans.csv"), StandardCharsets.UTF_8)
                .replace("ACME-PPO-GOLD,ACME,Acme PPO Gold,ACME-2025,500.00,3000.00",
                        "ACME-PPO-GOLD,ACME,Acme PPO Gold,ACME-2025,5000.00,3000.00");
        files.put("plans.csv", plans.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReferenceDataLoader.load(files))
                .hasMessageContaining("plans.csv line 2").hasMessageContaining("exceeds the out-of-pocket maximum");
    }

    @Test
    void fees_are_kept_to_the_cent() throws IOException {
        ReferenceData data = ReferenceDataLoader.load(shippedFiles());
        assertThat(data.fee("SUNRISE-2025", "99213", List.of())).isEqualTo(Money.of("102.60"));
    }
}
