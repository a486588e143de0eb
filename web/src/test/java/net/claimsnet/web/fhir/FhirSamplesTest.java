package net.claimsnet.web.fhir;

import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.web.fhir.mapping.ClaimMapper;
import net.claimsnet.web.fhir.mapping.FhirMappingException;
import net.claimsnet.web.fhir.mapping.MappedFhirClaim;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every FHIR file in the shared samples gets its expected answer (SOURCES.md): a bad- file is refused
 * as not FHIR (400, saying where the parse failed); every other file parses and passes R4's
 * definitions and the network's code checks without an error. The claims among them then map, or
 * are refused for what the network needs and the file lacks, at the element.
 */
class FhirSamplesTest {

    private static ReferenceData reference;

    @BeforeAll
    static void referenceData() {
        reference = FhirTestFiles.referenceData();
    }

    @TestFactory
    Stream<DynamicTest> every_shared_fhir_sample_gets_its_expected_answer() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(FhirTestFiles.samples())) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("the shared FHIR samples").hasSizeGreaterThanOrEqualTo(13);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] body = Files.readAllBytes(file);
            if (file.getFileName().toString().startsWith("bad-")) {
                assertThatThrownBy(() -> FhirParsing.parse(body, false))
                        .isInstanceOfSatisfying(FhirRequestException.class, e -> {
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.issues().get(0).diagnostics()).contains("not a FHIR R4 resource");
                        });
                return;
            }
            Resource resource = FhirParsing.parse(body, false);
            List<FhirIssue> issues = FhirValidation.validate(resource, reference);
            assertThat(issues.stream().filter(FhirIssue::isError).toList()).as("errors in " + file.getFileName()).isEmpty();
        }));
    }

    @Test
    void the_cms1500_claim_with_contained_patient_and_coverage_maps_with_its_four_diagnoses() throws IOException {
        MappedFhirClaim mapped = ClaimMapper.map(sample("r4spec-claim-example-cms1500-medical.json"));

        assertThat(mapped.details().getClaimId()).isEqualTo("MED-00050");
        assertThat(mapped.details().getType()).isEqualTo(ClaimType.INSTITUTIONAL);
        assertThat(mapped.details().getDiagnosisCodes()).containsExactly("M96.1", "G89.4", "M53.88", "M47.816");
        assertThat(mapped.details().getPatient().getMemberId()).isEqualTo("10138556");
        assertThat(mapped.details().getServiceLines()).hasSize(1);
        assertThat(mapped.details().getServiceLines().get(0).getProcedureCode()).isEqualTo("62264");
        assertThat(mapped.details().getServiceLines().get(0).getDiagnosisPointers()).containsExactly(2, 4);
        assertThat(mapped.sourceOf("patientBirthDate")).isEqualTo("Claim.contained[0].birthDate");
        assertThat(mapped.sourceOf("serviceLines[0].procedureCode")).isEqualTo("Claim.item[0].productOrService.coding[0].code");
    }

    @Test
    void the_pas_bundle_maps_as_a_preauthorization_with_the_requestors_npi() throws IOException {
        MappedFhirClaim mapped = ClaimMapper.map(sample("pas-request-bundle-claim-patient-coverage.json"));

        assertThat(mapped.details().getUse()).isEqualTo(ClaimUse.PREAUTHORIZATION);
        assertThat(mapped.details().getBillingProviderNpi()).isEqualTo("8189991234");
        assertThat(mapped.details().getPatient().getMemberId()).isEqualTo("12345678901");
        assertThat(mapped.sourceOf("billingProviderNpi")).isEqualTo("Bundle.entry[1].resource.identifier[0].value");
    }

    @Test
    void a_spec_claim_that_only_refers_to_its_patient_is_refused_at_claim_patient() throws IOException {
        Resource claim = sample("r4spec-claim-example-professional.json");

        assertThatThrownBy(() -> ClaimMapper.map(claim)).isInstanceOfSatisfying(FhirMappingException.class,
                e -> assertThat(e.issues()).anySatisfy(issue -> {
                    assertThat(issue.expression()).isEqualTo("Claim.patient");
                    assertThat(issue.diagnostics()).contains("Patient/1");
                }));
    }

    private static Resource sample(String name) throws IOException {
        return FhirParsing.parse(Files.readAllBytes(FhirTestFiles.samples().resolve(name)), false);
    }
}
