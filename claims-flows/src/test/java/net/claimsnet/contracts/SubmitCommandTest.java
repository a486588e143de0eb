package net.claimsnet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;

class SubmitCommandTest {

    private static final Instant FILED = Instant.parse("2025-03-12T09:00:00Z");

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final StateAndRef<CoverageState> coverageRef = ledger.existing(CoverageContract.ID, coverage);
    private final ClaimState claim = SampleClaims.submitted(provider, insurer, coverage);

    private ContractTestLedger.Outcome submit(ClaimState submitted) {
        return ledger.transaction(tx -> tx
                .reference(coverageRef)
                .output(ClaimContract.ID, submitted)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)));
    }

    private ContractTestLedger.Outcome submitWithDetails(UnaryOperator<ClaimDetails> change) {
        return submit(claim.withClaim(change.apply(claim.getClaim())));
    }

    private ContractTestLedger.Outcome submitWithFirstLine(UnaryOperator<ServiceLine> change) {
        return submitWithDetails(details -> {
            List<ServiceLine> lines = new ArrayList<>(details.getServiceLines());
            lines.set(0, change.apply(lines.get(0)));
            return details.withServiceLines(lines);
        });
    }

    private static List<ServiceLine> lines(int count) {
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(SampleClaims.serviceLine(i, "99213", "10.00", 1));
        }
        return lines;
    }

    private static List<String> diagnoses(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add("E11." + i);
        }
        return codes;
    }

    @Test
    void a_complete_original_claim_signed_by_provider_and_insurer_verifies() {
        submit(claim).verifies();
    }

    @Test
    void a_transaction_must_carry_exactly_one_claim_command() {
        ledger.transaction(tx -> tx
                .reference(coverageRef)
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey())
                .command(new ClaimContract.Commands.Pend(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("A claim transaction must carry exactly one claim command");
    }

    @Test
    void a_submission_must_not_consume_a_claim() {
        StateAndRef<ClaimState> earlier = ledger.existing(ClaimContract.ID, SampleClaims.submitted(provider, insurer, coverage));
        ledger.transaction(tx -> tx
                .input(earlier)
                .reference(coverageRef)
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("No claim may be consumed by a submission");
    }

    @Test
    void a_submission_must_produce_exactly_one_claim() {
        ledger.transaction(tx -> tx
                .reference(coverageRef)
                .output(ClaimContract.ID, claim)
                .output(ClaimContract.ID, SampleClaims.submitted(provider, insurer, coverage))
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("A submission must produce exactly one claim");
    }

    @Test
    void a_submitted_claim_must_have_status_submitted() {
        submit(claim.withStatus(ClaimStatus.PENDED)).failsWith("A submitted claim must have status SUBMITTED");
    }

    @Test
    void a_submitted_claim_must_carry_no_pend_reason() {
        submit(claim.withPendReason(net.claimsnet.states.PendReason.review()))
                .failsWith("A new claim must carry no pend reason");
    }

    @Test
    void a_submitted_claim_without_a_pend_reason_is_not_refused_for_it() {
        assertThat(claim.getPendReason()).isNull();
        submit(claim).verifies();
    }

    @Test
    void a_submitted_claim_must_carry_no_decision_yet() {
        submit(claim.withAdjudication(SampleClaims.approvedAdjudication(claim)))
                .failsWith("A submitted claim must carry no adjudication, settlement, appeal or information request");
        submit(claim.withInformationRequestAdded(SampleClaims.informationRequest()))
                .failsWith("A submitted claim must carry no adjudication, settlement, appeal or information request");
    }

    @Test
    void a_submission_must_be_an_original_claim_naming_no_original() {
        String message = "A submitted claim must be an original (frequency code 1) naming no original claim; "
                + "replacements and voids have their own commands";
        submitWithDetails(details -> details.withFrequencyCode(FrequencyCode.REPLACEMENT)
                .withOriginalClaimId(new UniqueIdentifier())).failsWith(message);
        submitWithDetails(details -> details.withFrequencyCode(FrequencyCode.VOID)).failsWith(message);
        submitWithDetails(details -> details.withOriginalClaimId(new UniqueIdentifier())).failsWith(message);
    }

    @Test
    void the_external_id_must_be_the_business_claim_id() {
        submit(claim.withLinearId(new UniqueIdentifier("SOMETHING-ELSE")))
                .failsWith("The claim's external id must be its claim id");
    }

    @Test
    void provider_and_insurer_must_be_different_parties() {
        ClaimState selfClaim = claim.withProvider(insurer);
        ledger.transaction(tx -> tx
                .reference(coverageRef)
                .output(ClaimContract.ID, selfClaim)
                .command(new ClaimContract.Commands.Submit(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("The provider and the insurer must be different parties");
    }

    @Test
    void a_claim_must_name_its_coverage() {
        submit(claim.withCoverageId(null)).failsWith("The claim must name the coverage it is filed under");
    }

    @Test
    void the_billing_npi_must_be_ten_digits() {
        submitWithDetails(details -> details.withBillingProviderNpi("123456789"))
                .failsWith("The billing provider NPI must be 10 digits");
        submitWithDetails(details -> details.withBillingProviderNpi("12345678A3"))
                .failsWith("The billing provider NPI must be 10 digits");
    }

    @Test
    void a_claim_may_carry_twelve_diagnosis_codes() {
        submitWithDetails(details -> details.withDiagnosisCodes(diagnoses(12))).verifies();
    }

    @Test
    void a_claim_must_carry_between_one_and_twelve_diagnosis_codes() {
        submitWithDetails(details -> details.withDiagnosisCodes(diagnoses(13)))
                .failsWith("A claim must have between 1 and 12 diagnosis codes");
        submitWithDetails(details -> details.withDiagnosisCodes(Collections.<String>emptyList()))
                .failsWith("A claim must have between 1 and 12 diagnosis codes");
    }

    @Test
    void a_claim_may_carry_fifty_service_lines() {
        submitWithDetails(details -> details.withServiceLines(lines(50))).verifies();
    }

    @Test
    void a_claim_must_carry_between_one_and_fifty_service_lines() {
        submitWithDetails(details -> details.withServiceLines(lines(51)))
                .failsWith("A claim must have between 1 and 50 service lines");
        submitWithDetails(details -> details.withServiceLines(Collections.<ServiceLine>emptyList()))
                .failsWith("A claim must have between 1 and 50 service lines");
    }

    @Test
    void service_lines_must_be_numbered_one_to_n_in_order() {
        submitWithDetails(details -> details.withServiceLines(Arrays.asList(
                details.getServiceLines().get(1).withSequence(2), details.getServiceLines().get(0).withSequence(1))))
                .failsWith("Service lines must be numbered 1 to n in order");
        submitWithFirstLine(line -> line.withSequence(0)).failsWith("Service lines must be numbered 1 to n in order");
    }

    @Test
    void every_line_needs_a_procedure_code() {
        submitWithFirstLine(line -> line.withProcedureCode(" ")).failsWith("A procedure code is required on line 1");
    }

    @Test
    void every_line_needs_a_date_of_service() {
        submitWithFirstLine(line -> line.withDateOfService(null)).failsWith("A date of service is required on line 1");
    }

    @Test
    void units_must_be_greater_than_zero() {
        submitWithFirstLine(line -> line.withUnits(3)).verifies();
        submitWithFirstLine(line -> line.withUnits(0)).failsWith("Units must be greater than zero on line 1");
    }

    @Test
    void charges_must_be_greater_than_zero() {
        submitWithFirstLine(line -> line.withCharge(money("0.00"))).failsWith("Charge must be greater than zero on line 1");
        submitWithFirstLine(line -> line.withCharge(money("-5.00"))).failsWith("Charge must be greater than zero on line 1");
    }

    @Test
    void charges_are_in_whole_cents() {
        submitWithFirstLine(line -> line.withCharge(new BigDecimal("150"))).verifies();
        submitWithFirstLine(line -> line.withCharge(new BigDecimal("150.005")))
                .failsWith("Charge must have at most 2 decimal places on line 1");
    }

    @Test
    void a_line_may_carry_four_modifiers_but_no_more() {
        submitWithFirstLine(line -> line.withModifiers(Arrays.asList("25", "59", "LT", "RT"))).verifies();
        submitWithFirstLine(line -> line.withModifiers(Arrays.asList("25", "59", "LT", "RT", "76")))
                .failsWith("At most 4 modifiers are allowed on line 1");
    }

    @Test
    void a_line_must_carry_between_one_and_four_diagnosis_pointers() {
        submitWithDetails(details -> details.withDiagnosisCodes(diagnoses(4)).withServiceLines(Collections.singletonList(
                details.getServiceLines().get(0).withDiagnosisPointers(Arrays.asList(1, 2, 3, 4))))).verifies();
        submitWithFirstLine(line -> line.withDiagnosisPointers(Collections.<Integer>emptyList()))
                .failsWith("Between 1 and 4 diagnosis pointers are required on line 1");
        submitWithFirstLine(line -> line.withDiagnosisPointers(Arrays.asList(1, 2, 1, 2, 1)))
                .failsWith("Between 1 and 4 diagnosis pointers are required on line 1");
    }

    @Test
    void diagnosis_pointers_must_point_at_the_claims_diagnosis_codes() {
        submitWithFirstLine(line -> line.withDiagnosisPointers(Arrays.asList(1, 3)))
                .failsWith("Diagnosis pointers must point at the claim's diagnosis codes on line 1");
        submitWithFirstLine(line -> line.withDiagnosisPointers(Collections.singletonList(0)))
                .failsWith("Diagnosis pointers must point at the claim's diagnosis codes on line 1");
    }

    @Test
    void a_submission_must_reference_exactly_one_coverage() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("A submission must reference exactly one coverage");
        StateAndRef<CoverageState> another = ledger.existing(CoverageContract.ID,
                coverage.withLinearId(new UniqueIdentifier("COV-OTHER")));
        ledger.transaction(tx -> tx
                .reference(coverageRef)
                .reference(another)
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("A submission must reference exactly one coverage");
    }

    @Test
    void the_referenced_coverage_must_be_the_one_the_claim_is_filed_under() {
        submit(claim.withCoverageId(new UniqueIdentifier("COV-OTHER")))
                .failsWith("The referenced coverage must be the one the claim is filed under");
    }

    @Test
    void the_referenced_coverage_must_be_held_by_the_claims_insurer() {
        StateAndRef<CoverageState> foreign = ledger.existing(CoverageContract.ID, coverage.withInsurer(ledger.otherInsurer()));
        ledger.transaction(tx -> tx
                .reference(foreign)
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("The referenced coverage must be held by the claim's insurer");
    }

    @Test
    void the_referenced_coverage_must_be_for_the_claims_patient() {
        submitWithDetails(details -> details.withPatient(details.getPatient().withMemberId("M-9999")))
                .failsWith("The referenced coverage must be for the claim's patient");
    }

    @Test
    void a_submission_must_have_a_time_window_as_proof_of_timely_filing() {
        ledger.transaction(tx -> tx
                .reference(coverageRef)
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey(), insurer.getOwningKey()))
                .failsWith("A submission must have a time window");
    }

    @Test
    void provider_and_insurer_must_both_sign_a_submission() {
        ledger.transaction(tx -> tx
                .reference(coverageRef)
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), provider.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("The provider and the insurer must both sign a submission");
        ledger.transaction(tx -> tx
                .reference(coverageRef)
                .output(ClaimContract.ID, claim)
                .command(new ClaimContract.Commands.Submit(), insurer.getOwningKey())
                .timeWindow(FILED, FILED.plusSeconds(3600)))
                .failsWith("The provider and the insurer must both sign a submission");
    }
}
