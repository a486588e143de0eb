package net.claimsnet.flows.rules.drools;

import net.claimsnet.contracts.BenefitAccumulatorContract;
import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ContractTestLedger;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.rules.AdjudicationDecision;
import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapter on the shipped rules (config/rules, config/reference): member M-1001 on Acme PPO Gold
 * (ACME-PPO-GOLD: deductible 500.00, out-of-pocket maximum 3000.00), seen at Lakeside on
 * 2025-03-03 for an office visit (99213, 150.00: allowed 95.00, copay 30.00) and a blood count
 * (85025, 40.00: allowed 8.50, all of it to the deductible), received 2025-03-10. Every decision
 * is recorded through the real contracts.
 */
class DroolsAdjudicationRulesTest {

    static final String PLAN_ID = "ACME-PPO-GOLD";
    static final String MEMBER_ID = "M-1001";
    static final String LAKESIDE_NPI = "1497758544";
    static final LocalDate SERVICE_DATE = LocalDate.of(2025, 3, 3);
    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 10);

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final DroolsAdjudicationRules rules = new DroolsAdjudicationRules(RulesFixture.rules().adjudicator(),
            Clock.fixed(RECEIVED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    static BigDecimal money(String amount) {
        return SampleClaims.money(amount);
    }

    static ServiceLine line(int sequence, String code, String charge, Integer... pointers) {
        return new ServiceLine(sequence, code, new ArrayList<>(), 1, money(charge), SERVICE_DATE, "11",
                new ArrayList<>(List.of(pointers)));
    }

    /** The sample claim's details on codes and diagnoses from config/reference. */
    static ClaimDetails details(String... diagnoses) {
        return new ClaimDetails("CLM-DROOLS-1", ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient(MEMBER_ID, "Jane", "Doe", LocalDate.of(1980, 5, 1), Sex.F), "S-1001", LAKESIDE_NPI,
                "ACME", new ArrayList<>(List.of(diagnoses)), null, FrequencyCode.ORIGINAL, null, new ArrayList<>(),
                new ArrayList<>(List.of(line(1, "99213", "150.00", 1, 2), line(2, "85025", "40.00", 1))));
    }

    static ClaimDetails details() {
        return details("E11.9", "I10");
    }

    private CoverageState coverage(LocalDate from, LocalDate to) {
        return new CoverageState(insurer, new UniqueIdentifier("COV-" + MEMBER_ID), MEMBER_ID, "S-1001", PLAN_ID,
                "Acme PPO Gold", from, to,
                new BenefitSummary(money("500.00"), money("3000.00"), money("30.00"), 20, Map.of("PHYSICAL_THERAPY", 20)),
                CoverageStatus.ACTIVE);
    }

    private CoverageState coverage() {
        return coverage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    }

    private BenefitAccumulatorState accumulator(CoverageState coverage) {
        return BenefitAccumulatorState.open(insurer, MEMBER_ID, PLAN_ID, 2025, money("500.00"), money("3000.00"),
                coverage.getBenefits().getVisitLimits());
    }

    /** The Adjudicate transaction as the flow builds it: claim first, then the accumulator, both commands. */
    private ContractTestLedger.Outcome record(ClaimState claim, BenefitAccumulatorState accumulator,
                                              AdjudicationDecision decision) {
        ClaimState adjudicated = SampleClaims.adjudicated(claim, decision.adjudication());
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, claim);
        StateAndRef<BenefitAccumulatorState> accumulatorIn = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        return ledger.transaction(tx -> tx
                .input(claimIn)
                .input(accumulatorIn)
                .output(ClaimContract.ID, adjudicated)
                .output(BenefitAccumulatorContract.ID, decision.accumulatorAfter())
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()));
    }

    @Test
    void a_covered_claim_is_approved_by_the_rules_and_the_adjudication_and_accumulator_pass_the_contract() {
        CoverageState coverage = coverage();
        BenefitAccumulatorState accumulator = accumulator(coverage);
        ClaimState claim = ClaimState.submitted(provider, insurer, details(), coverage.getLinearId());

        AdjudicationDecision decision = rules.adjudicate(claim, coverage, accumulator);

        assertThat(decision.isPended()).as(String.valueOf(decision.pendReason())).isFalse();
        Adjudication adjudication = decision.adjudication();
        assertThat(adjudication.getOutcome()).isEqualTo(AdjudicationOutcome.APPROVED);
        assertThat(adjudication.getDecidedBy()).isEqualTo("rules");
        assertThat(adjudication.getRound()).isEqualTo(1);
        assertThat(adjudication.getRuleSetVersion()).isNotBlank();
        LineAdjudication visit = adjudication.getLines().get(0);
        assertThat(visit.getDecision()).isEqualTo(LineDecision.APPROVED);
        assertThat(visit.getAllowed()).isEqualByComparingTo("95.00");
        assertThat(visit.getAdjustments()).contains(Adjustment.of(AdjustmentGroup.CO, "45", money("55.00")),
                Adjustment.of(AdjustmentGroup.PR, "3", money("30.00")));
        assertThat(visit.getPaid()).isEqualByComparingTo("65.00");
        assertThat(visit.getFiredRules()).isNotEmpty();
        LineAdjudication lab = adjudication.getLines().get(1);
        assertThat(lab.getAdjustments()).contains(Adjustment.of(AdjustmentGroup.PR, "1", money("8.50")));
        assertThat(decision.accumulatorAfter().getDeductibleMet()).isEqualByComparingTo("8.50");
        assertThat(decision.accumulatorAfter().getOutOfPocketMet())
                .isEqualByComparingTo(adjudication.totalPatientResponsibility());

        record(claim, accumulator, decision).verifies();
    }

    @Test
    void a_claim_for_a_service_outside_the_coverage_period_is_denied_and_the_denial_passes_the_contract() {
        CoverageState coverage = coverage(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31));
        BenefitAccumulatorState accumulator = accumulator(coverage);
        ClaimState claim = ClaimState.submitted(provider, insurer, details(), coverage.getLinearId());

        AdjudicationDecision decision = rules.adjudicate(claim, coverage, accumulator);

        assertThat(decision.isPended()).as(String.valueOf(decision.pendReason())).isFalse();
        Adjudication adjudication = decision.adjudication();
        assertThat(adjudication.getOutcome()).isEqualTo(AdjudicationOutcome.DENIED);
        assertThat(adjudication.getLines()).allSatisfy(line -> {
            assertThat(line.getDecision()).isEqualTo(LineDecision.DENIED);
            assertThat(line.getPaid()).isEqualByComparingTo("0.00");
        });
        assertThat(adjudication.totalPatientResponsibility()).isEqualByComparingTo("0.00");
        assertThat(decision.accumulatorAfter().getDeductibleMet()).isEqualByComparingTo("0.00");
        assertThat(decision.accumulatorAfter().getOutOfPocketMet()).isEqualByComparingTo("0.00");

        record(claim, accumulator, decision).verifies();
    }

    @Test
    void a_re_adjudication_after_an_appeal_moves_the_accumulator_by_the_difference_and_passes_the_contract() {
        CoverageState coverage = coverage();
        BenefitAccumulatorState accumulator = accumulator(coverage);
        ClaimState submitted = ClaimState.submitted(provider, insurer, details(), coverage.getLinearId());
        AdjudicationDecision first = rules.adjudicate(submitted, coverage, accumulator);
        ClaimState appealed = SampleClaims.adjudicated(submitted, first.adjudication())
                .withAppeal(SampleClaims.appeal()).withStatus(ClaimStatus.APPEALED);

        AdjudicationDecision second = rules.adjudicate(appealed, coverage, first.accumulatorAfter());

        assertThat(second.adjudication().getRound()).isEqualTo(2);
        assertThat(second.accumulatorAfter().getDeductibleMet())
                .isEqualByComparingTo(first.accumulatorAfter().getDeductibleMet());
        assertThat(second.accumulatorAfter().getOutOfPocketMet())
                .isEqualByComparingTo(first.accumulatorAfter().getOutOfPocketMet());
        record(appealed, first.accumulatorAfter(), second).verifies();
    }

    @Test
    void an_accumulator_whose_limits_disagree_with_the_plan_is_refused_with_the_claim_named() {
        CoverageState coverage = coverage();
        BenefitAccumulatorState tight = BenefitAccumulatorState.open(insurer, MEMBER_ID, PLAN_ID, 2025,
                money("5.00"), money("3000.00"), Map.of());
        ClaimState claim = ClaimState.submitted(provider, insurer, details(), coverage.getLinearId());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.adjudicate(claim, coverage, tight))
                .isInstanceOf(DroolsAdjudicationRules.RulesMismatchException.class)
                .hasMessageContaining("CLM-DROOLS-1")
                .hasMessageContaining("deductible met");
    }
}
