package net.claimsnet.web.fhir;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.EnrolledCoverage;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.fhir.mapping.EligibilityAssembler;
import net.claimsnet.web.fhir.mapping.FhirMappingException;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import org.hl7.fhir.r4.model.CapabilityStatement;
import net.claimsnet.flows.claim.EligibilityAnswer;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Eligibility from coverage and accumulators; the capability statement per node role; shared errors said in FHIR. */
class EligibilityAndCapabilitiesTest {

    private static final String REQUEST = "{\"resourceType\":\"CoverageEligibilityRequest\",\"id\":\"q1\",\"status\":\"active\","
            + "\"purpose\":[\"benefits\"],\"patient\":{\"identifier\":{\"value\":\"M-100\"}},\"created\":\"2026-11-01\","
            + "\"servicedDate\":\"2026-11-20\",\"insurer\":{\"display\":\"Acme\"}}";

    @Test
    void a_member_in_force_gets_the_plans_benefits_and_what_is_used_of_them() throws Exception {
        CoverageEligibilityRequest request = (CoverageEligibilityRequest) FhirParsing.parse(REQUEST, false);
        Party acme = new Party(CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US"),
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic());
        CoverageState coverage = new CoverageState(acme, new UniqueIdentifier(), "M-100", "S-100", "ACME-PPO-GOLD", "Acme PPO Gold",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new BenefitSummary(new BigDecimal("500.00"), new BigDecimal("3000.00"), new BigDecimal("30.00"), 20,
                        Map.of("PHYSICAL_THERAPY", 20)), CoverageStatus.ACTIVE);
        BenefitAccumulatorState used = BenefitAccumulatorState.open(acme, "M-100", "ACME-PPO-GOLD", 2026,
                new BigDecimal("500.00"), new BigDecimal("3000.00"), Map.of("PHYSICAL_THERAPY", 20))
                .plus(new BigDecimal("120.00"), new BigDecimal("150.00"));

        String member = EligibilityAssembler.memberIdOf(request);
        CoverageEligibilityResponse response = EligibilityAssembler.answer(request, member,
                EligibilityAssembler.dayOf(request, LocalDate.of(2000, 1, 1)), List.of(new EnrolledCoverage(coverage, used)), "Acme");

        assertThat(member).isEqualTo("M-100");
        CoverageEligibilityResponse.InsuranceComponent insurance = response.getInsuranceFirstRep();
        assertThat(insurance.getInforce()).isTrue();
        CoverageEligibilityResponse.BenefitComponent deductible = insurance.getItemFirstRep().getBenefit().stream()
                .filter(b -> b.getType().getCodingFirstRep().getCode().equals("deductible")).findFirst().orElseThrow();
        assertThat(deductible.getAllowedMoney().getValue()).isEqualByComparingTo("500.00");
        assertThat(deductible.getUsedMoney().getValue()).isEqualByComparingTo("120.00");
        assertThat(FhirValidation.structural(response).stream().filter(FhirIssue::isError).toList()).isEmpty();
    }

    @Test
    void at_a_provider_the_insurers_answer_over_the_network_becomes_the_same_response() throws Exception {
        CoverageEligibilityRequest request = (CoverageEligibilityRequest) FhirParsing.parse(REQUEST, false);
        EligibilityAnswer answer = new EligibilityAnswer("M-100", LocalDate.of(2026, 11, 20), true, "cov-1",
                "ACME-PPO-GOLD", "Acme PPO Gold", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal("500.00"), new BigDecimal("380.00"), new BigDecimal("3000.00"), new BigDecimal("2850.00"),
                new BigDecimal("30.00"), 20);

        CoverageEligibilityResponse response = EligibilityAssembler.answer(request, answer, "Acme");

        CoverageEligibilityResponse.InsuranceComponent insurance = response.getInsuranceFirstRep();
        assertThat(insurance.getInforce()).isTrue();
        assertThat(insurance.getCoverage().getDisplay()).isEqualTo("Acme PPO Gold (ACME-PPO-GOLD)");
        CoverageEligibilityResponse.BenefitComponent deductible = insurance.getItemFirstRep().getBenefit().stream()
                .filter(b -> b.getType().getCodingFirstRep().getCode().equals("deductible")).findFirst().orElseThrow();
        assertThat(deductible.getAllowedMoney().getValue()).isEqualByComparingTo("500.00");
        assertThat(deductible.getUsedMoney().getValue()).as("limit - remaining").isEqualByComparingTo("120.00");
        assertThat(FhirValidation.structural(response).stream().filter(FhirIssue::isError).toList()).isEmpty();

        CoverageEligibilityResponse none = EligibilityAssembler.answer(request,
                EligibilityAnswer.notCovered("M-100", LocalDate.of(2026, 11, 20)), "Acme");
        assertThat(none.getInsurance()).isEmpty();
        assertThat(none.getErrorFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("no-coverage");
    }

    @Test
    void a_member_without_coverage_is_told_so_and_a_request_naming_no_member_is_refused() throws IOException {
        CoverageEligibilityRequest request = (CoverageEligibilityRequest) FhirParsing.parse(REQUEST, false);
        CoverageEligibilityResponse none = EligibilityAssembler.answer(request, "M-100", LocalDate.of(2026, 11, 20), List.of(), "Acme");
        assertThat(none.getInsurance()).isEmpty();
        assertThat(none.getErrorFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("no-coverage");

        CoverageEligibilityRequest spec = (CoverageEligibilityRequest) FhirParsing.parse(Files.readAllBytes(
                FhirTestFiles.samples().resolve("r4spec-coverageeligibilityrequest-example.json")), false);
        assertThatThrownBy(() -> EligibilityAssembler.memberIdOf(spec)).isInstanceOf(FhirMappingException.class);
    }

    @Test
    void the_capability_statement_lists_submit_on_a_provider_and_eligibility_on_the_insurer_and_providers() {
        CapabilityStatement provider = CapabilityStatements.of(NodeRole.PROVIDER, "St. Mary");
        CapabilityStatement insurer = CapabilityStatements.of(NodeRole.INSURER, "Acme");

        assertThat(operations(provider, "Claim")).containsExactly("validate", "submit");
        assertThat(operations(insurer, "Claim")).containsExactly("validate");
        assertThat(types(insurer)).contains("CoverageEligibilityRequest", "ExplanationOfBenefit");
        assertThat(types(provider)).contains("CoverageEligibilityRequest");
        assertThat(types(CapabilityStatements.of(NodeRole.NOTARY, "Notary")))
                .doesNotContain("ClaimResponse", "ExplanationOfBenefit", "CoverageEligibilityRequest");
    }

    @Test
    void the_apis_shared_errors_are_said_as_operation_outcomes() {
        OperationOutcome forbidden = FhirErrorAnswers.outcomeOf(ApiError.of(403, "forbidden", "This needs one of the roles BILLING"));

        assertThat(forbidden.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(forbidden.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(forbidden.getIssueFirstRep().getDiagnostics()).contains("BILLING");
        assertThat(FhirMediaTypes.ofFormatParameter("xml")).isEqualTo(FhirMediaTypes.FHIR_XML_TYPE);
        assertThat(FhirMediaTypes.ofFormatParameter("html")).isNull();
    }

    private static List<String> operations(CapabilityStatement statement, String type) {
        return statement.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals(type))
                .flatMap(r -> r.getOperation().stream()).map(CapabilityStatement.CapabilityStatementRestResourceOperationComponent::getName).toList();
    }

    private static List<String> types(CapabilityStatement statement) {
        return statement.getRestFirstRep().getResource().stream().map(CapabilityStatement.CapabilityStatementRestResourceComponent::getType).toList();
    }
}
