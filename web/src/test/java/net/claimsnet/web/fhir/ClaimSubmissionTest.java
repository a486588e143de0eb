package net.claimsnet.web.fhir;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.fhir.mapping.MappedFhirClaim;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Claim/$submit before the desk: a claim Bundle validated and mapped field by field; what is wrong
 * refused with the FHIRPath of the element (400 for R4's definitions, 422 for the network's needs and
 * code lists); the scrub rules' findings pointed at the element their field came from.
 */
class ClaimSubmissionTest {

    private static final String BUNDLE = FhirTestFiles.resource("claim-bundle.json");
    private static ReferenceData reference;

    @BeforeAll
    static void referenceData() {
        reference = FhirTestFiles.referenceData();
    }

    @Test
    void a_claim_bundle_maps_to_the_claim_the_desk_files() {
        MappedFhirClaim mapped = ClaimSubmission.prepare(parse(BUNDLE), reference);
        ClaimDetails claim = mapped.details();

        assertThat(claim.getClaimId()).isEqualTo("FHIR-TEST-0001");
        assertThat(claim.getType()).isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(claim.getUse()).isEqualTo(ClaimUse.CLAIM);
        assertThat(claim.getPatient().getMemberId()).isEqualTo("M-FHIR-0001");
        assertThat(claim.getPatient().getFirstName()).isEqualTo("Ana");
        assertThat(claim.getPatient().getLastName()).isEqualTo("Rivera");
        assertThat(claim.getPatient().getBirthDate()).isEqualTo(LocalDate.of(1980, 4, 12));
        assertThat(claim.getPatient().getSex()).isEqualTo(Sex.F);
        assertThat(claim.getSubscriberId()).isEqualTo("S-FHIR-0001");
        assertThat(claim.getBillingProviderNpi()).isEqualTo("1234567893");
        assertThat(claim.getPayerId()).isEqualTo("ACME");
        assertThat(mapped.planId()).isEqualTo("ACME-PPO-GOLD");
        assertThat(claim.getDiagnosisCodes()).containsExactly("J06.9");
        ServiceLine line = claim.getServiceLines().get(0);
        assertThat(line.getSequence()).isEqualTo(1);
        assertThat(line.getProcedureCode()).isEqualTo("99213");
        assertThat(line.getUnits()).isEqualTo(1);
        assertThat(line.getCharge()).isEqualByComparingTo("150.00");
        assertThat(line.getDateOfService()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(line.getPlaceOfService()).isEqualTo("11");
        assertThat(line.getDiagnosisPointers()).containsExactly(1);
    }

    @Test
    void a_scrub_finding_points_at_the_element_its_field_came_from() {
        MappedFhirClaim mapped = ClaimSubmission.prepare(parse(BUNDLE), reference);

        List<FhirIssue> issues = ClaimSubmission.issuesOf(mapped, List.of(
                ScrubFinding.error("Units", "serviceLines[0].units", "Line 1 bills too many units"),
                ScrubFinding.error("Member", "memberId", "Enter the member id"),
                ScrubFinding.error("Plan", "planId", "Unknown plan"),
                ScrubFinding.error("Dx", "diagnosisCodes[0]", "Bad diagnosis")));

        assertThat(issues).extracting(FhirIssue::expression).containsExactly(
                "Bundle.entry[0].resource.item[0].quantity",
                "Bundle.entry[2].resource.identifier[0].value",
                "Bundle.entry[2].resource.class[0].value",
                "Bundle.entry[0].resource.diagnosis[0].diagnosisCodeableConcept.coding[0].code");
        assertThat(issues).allMatch(FhirIssue::isError);
    }

    @Test
    void a_wrong_npi_check_digit_is_refused_at_the_organizations_identifier() {
        assertRefused(BUNDLE.replace("1234567893", "1234567890"), 422, "Bundle.entry[3].resource.identifier[0].value", "not a valid NPI");
    }

    @Test
    void a_malformed_diagnosis_code_is_refused_at_its_coding() {
        assertRefused(BUNDLE.replace("\"J06.9\"", "\"JX6.9\""), 422,
                "Bundle.entry[0].resource.diagnosis[0].diagnosisCodeableConcept.coding[0].code", "not an ICD-10-CM code");
    }

    @Test
    void an_unknown_place_of_service_is_refused_at_its_coding() {
        assertRefused(BUNDLE.replace("\"code\": \"11\"", "\"code\": \"98\""), 422,
                "Bundle.entry[0].resource.item[0].locationCodeableConcept.coding[0].code", "not a recognised CMS place-of-service code");
    }

    @Test
    void a_procedure_missing_from_the_payers_list_is_only_a_warning() {
        List<FhirIssue> issues = FhirValidation.validate(parse(BUNDLE.replace("\"99213\"", "\"99499\"")), reference);

        assertThat(issues).noneMatch(FhirIssue::isError);
        assertThat(issues).anySatisfy(i -> assertThat(i.expression())
                .isEqualTo("Bundle.entry[0].resource.item[0].productOrService.coding[0].code"));
    }

    @Test
    void a_claim_without_its_type_breaks_r4_and_is_400() {
        String withoutType = BUNDLE.replace(
                "\"type\": { \"coding\": [{ \"system\": \"http://terminology.hl7.org/CodeSystem/claim-type\", \"code\": \"professional\" }] },", "");
        assertRefused(withoutType, 400, "Bundle.entry[0].resource", "type");
    }

    @Test
    void a_line_pointing_at_a_diagnosis_the_claim_does_not_have_is_refused_there() {
        assertRefused(BUNDLE.replace("\"diagnosisSequence\": [1]", "\"diagnosisSequence\": [3]"), 422,
                "Bundle.entry[0].resource.item[0].diagnosisSequence[0]", "points at diagnosis 3");
    }

    @Test
    void a_coverage_the_bundle_does_not_hold_is_refused_at_the_claims_insurance() {
        assertRefused(BUNDLE.replace("\"coverage\": { \"reference\": \"urn:uuid:8b6f2c0e-1d7a-4f1e-9a52-3c1f0d2b7a03\" }",
                "\"coverage\": { \"reference\": \"Coverage/elsewhere\" }"), 422, "Bundle.entry[0].resource.insurance[0].coverage", "Coverage/elsewhere");
    }

    @Test
    void a_bundle_without_a_claim_is_refused() {
        assertRefused("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}", 422, "Bundle.entry", "exactly one Claim");
    }

    @Test
    void an_unknown_element_is_refused_when_parsed() {
        assertThatThrownBy(() -> FhirParsing.parse(BUNDLE.replace("\"use\": \"claim\",", "\"use\": \"claim\", \"colour\": \"blue\","), false))
                .isInstanceOfSatisfying(FhirRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.issues().get(0).diagnostics()).contains("colour");
                });
    }

    @Test
    void the_same_claim_in_xml_maps_to_the_same_ledger_claim() {
        Resource json = parse(BUNDLE);
        String xml = FhirR4.context().newXmlParser().encodeResourceToString(json);

        MappedFhirClaim fromXml = ClaimSubmission.prepare(FhirParsing.parse(xml, true), reference);
        MappedFhirClaim fromJson = ClaimSubmission.prepare(parse(BUNDLE), reference);

        assertThat(fromXml.details()).isEqualTo(fromJson.details());
        assertThat(fromXml.planId()).isEqualTo(fromJson.planId());
    }

    @Test
    void a_byte_order_mark_is_tolerated() {
        byte[] withBom = ("\uFEFF" + BUNDLE).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(FhirParsing.parse(withBom, false).fhirType()).isEqualTo("Bundle");
    }

    private static void assertRefused(String body, int status, String expression, String words) {
        assertThatThrownBy(() -> ClaimSubmission.prepare(parse(body), reference))
                .isInstanceOfSatisfying(FhirRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.issues()).anySatisfy(issue -> {
                        assertThat(issue.isError()).isTrue();
                        assertThat(issue.expression()).startsWith(expression);
                        assertThat(issue.diagnostics()).contains(words);
                    });
                });
    }

    private static Resource parse(String body) {
        return FhirParsing.parse(body, false);
    }

}
