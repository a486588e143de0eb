package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.Claims;
import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.ExplainedAdjustment;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.Coverage;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.rules.model.LineOutcome;
import net.claimsnet.rules.model.LineResult;
import net.claimsnet.rules.model.Money;
import net.claimsnet.rules.model.ServiceLineInput;
import net.claimsnet.states.Sex;
import net.claimsnet.rules.reference.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertBalanced;
import static org.assertj.core.api.Assertions.assertThat;

/** The table of golden claims in src/test/resources/rules (see the README there): each adjudicates as written. */
class GoldenClaimsTest {

    record GoldenCase(CsvTable.Row claim, List<CsvTable.Row> lines) {
        @Override
        public String toString() {
            return claim.required("case_id") + " " + claim.required("description");
        }
    }

    static Stream<GoldenCase> goldenClaims() {
        CsvTable cases = CsvTable.parse("golden-cases.csv", resource("golden-cases.csv"));
        CsvTable lines = CsvTable.parse("golden-lines.csv", resource("golden-lines.csv"));
        Map<String, List<CsvTable.Row>> linesByCase = new LinkedHashMap<>();
        for (CsvTable.Row line : lines.rows()) {
            linesByCase.computeIfAbsent(line.required("case_id"), id -> new ArrayList<>()).add(line);
        }
        return cases.rows().stream().map(row -> new GoldenCase(row,
                linesByCase.getOrDefault(row.required("case_id"), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenClaims")
    void the_golden_claim_adjudicates_as_written(GoldenCase golden) {
        CsvTable.Row row = golden.claim();
        ClaimInput claim = claim(row, golden.lines());
        Coverage coverage = new Coverage(claim.memberId(), claim.planId(), LocalDate.of(2025, 1, 1),
                date(row.optional("coverage_end"), null));
        BenefitAccumulators before = new BenefitAccumulators(2025, amount(row.optional("deductible_met")),
                amount(row.optional("oop_met")), counts(row.optional("visits_used")), amounts(row.optional("benefit_paid")));

        AdjudicationResult result = RulesFixture.adjudicate(claim, coverage, before,
                date(row.optional("received"), Claims.RECEIVED));

        assertThat(result.lines()).hasSameSizeAs(golden.lines());
        for (int i = 0; i < golden.lines().size(); i++) {
            CsvTable.Row expected = golden.lines().get(i);
            LineResult line = result.lines().get(i);
            String where = golden + ", line " + (i + 1);
            assertThat(line.decision()).as(where).isEqualTo(LineOutcome.valueOf(expected.required("expected_decision")));
            assertThat(line.allowed()).as(where + " allowed").isEqualByComparingTo(expected.required("expected_allowed"));
            assertThat(line.paid()).as(where + " paid").isEqualByComparingTo(expected.required("expected_paid"));
            assertThat(line.patientResponsibility()).as(where + " patient responsibility")
                    .isEqualByComparingTo(expected.required("expected_patient_responsibility"));
            assertThat(line.adjustments()).as(where + " adjustments").extracting(a -> a.code() + ":" + a.amount())
                    .containsExactlyInAnyOrder(expected.required("expected_adjustments").split(" "));
            assertThat(line.adjustments()).allSatisfy(a -> assertThat(a.description()).isNotBlank());
            assertBalanced(line);
        }
        assertThat(result.outcome()).as(golden + " outcome")
                .isEqualTo(ClaimOutcome.valueOf(row.required("expected_outcome")));
        assertThat(result.accumulatorsAfter().deductibleMet()).as(golden + " deductible met")
                .isEqualByComparingTo(row.required("expected_deductible_met"));
        assertThat(result.accumulatorsAfter().outOfPocketMet()).as(golden + " out of pocket met")
                .isEqualByComparingTo(row.required("expected_oop_met"));
        counts(row.optional("expected_visits_used")).forEach((category, visits) ->
                assertThat(result.accumulatorsAfter().visitsUsed(category)).as(golden + " visits " + category)
                        .isEqualTo(visits));
        assertThat(result.ruleSetVersion()).matches("[0-9a-f]{64}");
    }

    private static ClaimInput claim(CsvTable.Row row, List<CsvTable.Row> lines) {
        String frequency = row.optional("frequency");
        ClaimInput.Builder claim = ClaimInput.builder()
                .claimId(row.required("case_id"))
                .memberId(Claims.MEMBER_ID)
                .patientBirthDate(Claims.BIRTH_DATE)
                .patientSex(Sex.F)
                .billingProviderNpi(orDefault(row.optional("npi"), Claims.LAKESIDE_NPI))
                .providerInNetwork(!"N".equals(row.optional("in_network")))
                .payerId(row.required("plan_id").startsWith("SUNRISE") ? "SUNRISE" : "ACME")
                .planId(row.required("plan_id"))
                .diagnosisCodes(Arrays.asList(row.required("diagnoses").split(" ")))
                .priorAuthorizationNumber(row.optional("prior_auth"))
                .frequencyCode(frequency == null ? FrequencyCode.ORIGINAL : Arrays.stream(FrequencyCode.values())
                        .filter(f -> f.code().equals(frequency)).findFirst().orElseThrow())
                .originalClaimId(row.optional("original_claim"));
        for (CsvTable.Row line : lines) {
            String units = line.optional("units");
            String modifiers = line.optional("modifiers");
            String pointers = line.optional("pointers");
            claim.line(ServiceLineInput.builder()
                    .procedureCode(line.required("procedure"))
                    .modifiers(modifiers == null ? List.of() : List.of(modifiers.split(" ")))
                    .units(units == null ? 1 : Integer.parseInt(units))
                    .charge(line.required("charge"))
                    .dateOfService(date(line.optional("date_of_service"), Claims.SERVICE_DATE))
                    .placeOfService(orDefault(line.optional("place_of_service"), "11"))
                    .diagnosisPointers(pointers == null ? List.of(1)
                            : Arrays.stream(pointers.split(" ")).map(Integer::valueOf).toList())
                    .build());
        }
        return claim.build();
    }

    private static Map<String, Integer> counts(String cell) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (cell != null) {
            for (String pair : cell.split(" ")) {
                String[] parts = pair.split("=");
                counts.put(parts[0], Integer.valueOf(parts[1]));
            }
        }
        return counts;
    }

    private static Map<String, BigDecimal> amounts(String cell) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (cell != null) {
            for (String pair : cell.split(" ")) {
                String[] parts = pair.split("=");
                amounts.put(parts[0], Money.of(parts[1]));
            }
        }
        return amounts;
    }

    private static BigDecimal amount(String cell) {
        return cell == null ? Money.ZERO : Money.of(cell);
    }

    private static LocalDate date(String cell, LocalDate otherwise) {
        return cell == null ? otherwise : LocalDate.parse(cell);
    }

    private static String orDefault(String cell, String otherwise) {
        return cell == null ? otherwise : cell;
    }

    private static byte[] resource(String name) {
        try (InputStream in = GoldenClaimsTest.class.getResourceAsStream("/rules/" + name)) {
            assertThat(in).as("test resource rules/%s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
