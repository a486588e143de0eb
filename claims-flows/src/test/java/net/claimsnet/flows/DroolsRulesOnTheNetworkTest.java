package net.claimsnet.flows;

import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.rules.drools.DroolsAdjudicationRules;
import net.claimsnet.flows.rules.drools.DroolsScrubRules;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.rules.drools.DroolsRules;
import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
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
import net.claimsnet.states.Patient;
import net.claimsnet.states.PendReason;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.corda.core.contracts.UniqueIdentifier;
import org.junit.jupiter.api.AfterEach;
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
 * The claim lifecycle on the shipped Drools rules (config/rules, config/reference) instead of the
 * flows' stand-in rules: Lakeside's claim for member M-3001 on Acme PPO Gold is scrubbed (filed at the
 * desk, which scrubs each filing once), adjudicated
 * by the rules (an office visit with its copay, a blood count towards the deductible) and settled.
 */
class DroolsRulesOnTheNetworkTest {

    private static final String MEMBER = "M-3001";
    private static final String PLAN = "ACME-PPO-GOLD";
    private static final String LAKESIDE_NPI = "1497758544";
    private static final LocalDate SERVICE_DATE = LocalDate.of(2025, 3, 3);

    private final DroolsRules rules = RulesFixture.rules();
    private final ClaimNetwork claims = new ClaimNetwork(InMemoryNetwork.deterministic()
            .scrubRules(new DroolsScrubRules(rules.scrubber(), details -> PLAN))
            .adjudicationRules(new DroolsAdjudicationRules(rules.adjudicator(),
                    Clock.fixed(InMemoryNetwork.DEFAULT_START, ZoneOffset.UTC))));

    @AfterEach
    void close() {
        claims.close();
    }

    @Test
    void a_claim_the_shipped_rules_approve_is_adjudicated_by_them_and_settles_for_what_they_pay() {
        coverMember();

        ClaimState submitted = filedAtTheDesk(claim());
        ClaimState adjudicated = claims.insurerAdjudicates(submitted.getLinearId());
        ClaimState settled = claims.insurerSettles(submitted.getLinearId(), "EFT-DROOLS-1");

        Adjudication adjudication = adjudicated.getAdjudication();
        assertThat(adjudication.getOutcome()).isEqualTo(AdjudicationOutcome.APPROVED);
        assertThat(adjudication.getDecidedBy()).isEqualTo("rules");
        assertThat(adjudication.getRuleSetVersion()).isEqualTo(rules.adjudicationRules().current().version());
        assertThat(adjudication.getLines().get(0).getPaid()).isEqualByComparingTo("65.00");
        assertThat(adjudication.getLines().get(0).getFiredRules()).isNotEmpty();
        assertThat(settled.getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(settled.getSettlement().getAmount()).isEqualByComparingTo(adjudication.totalPaid());
        assertThat(claims.accumulator(MEMBER).getDeductibleMet()).isEqualByComparingTo("8.50");
        assertThat(ClaimNetwork.claimAt(claims.auditor(), submitted.getLinearId()))
                .hasValueSatisfying(copy -> assertThat(copy.getStatus()).isEqualTo(ClaimStatus.SETTLED));
    }

    @Test
    void a_claim_the_shipped_rules_pend_carries_their_reason_codes_to_the_provider_and_the_auditor_but_not_their_wording() {
        coverMember();
        ClaimDetails aboveTheLineThreshold = claim().withServiceLines(new ArrayList<>(List.of(line(1, "99213", "12000.00", 1))));

        ClaimState submitted = filedAtTheDesk(aboveTheLineThreshold);
        ClaimState pended = claims.insurerAdjudicates(submitted.getLinearId());

        assertThat(pended.getStatus()).isEqualTo(ClaimStatus.PENDED);
        PendReason reason = pended.getPendReason();
        assertThat(reason.getCodes()).containsExactly("OA-133");
        assertThat(reason.getNote()).isEqualTo("Held for an adjuster by the adjudication rules (rule set "
                + rules.adjudicationRules().current().version() + ").");
        for (var node : List.of(claims.lakeside(), claims.auditor())) {
            assertThat(ClaimNetwork.claimAt(node, submitted.getLinearId())).hasValue(pended);
        }
        assertThat(claims.accumulator(MEMBER).getDeductibleMet()).isEqualByComparingTo("0.00");
    }

    /** Filed as a clerk files it: the shipped scrub rules find nothing to stop it, then the flow runs. */
    private ClaimState filedAtTheDesk(ClaimDetails claim) {
        ClaimDesk desk = new ClaimDesk(claims.lakeside(), new InMemoryClaimAuditTrail(claims.network.clock()),
                handle -> claims.network.runNetwork());
        FilingResult filing = desk.submit(DeskUser.of("billing@lakeside", DeskRole.BILLING), claim, null);
        assertThat(filing.isFiled()).as("filed: %s", filing.findings()).isTrue();
        return filing.filed();
    }

    private void coverMember() {
        CoverageState coverage = new CoverageState(claims.insurer().identity(), new UniqueIdentifier("COV-" + MEMBER),
                MEMBER, "S-3001", PLAN, "Acme PPO Gold", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                new BenefitSummary(money("500.00"), money("3000.00"), money("30.00"), 20, Map.of("PHYSICAL_THERAPY", 20)),
                CoverageStatus.ACTIVE);
        claims.finish(claims.insurer().startFlow(new IssueCoverageFlow.Initiator(coverage)));
        claims.finish(claims.insurer().startFlow(new OpenAccumulatorFlow.Initiator(BenefitAccumulatorState.open(
                claims.insurer().identity(), MEMBER, PLAN, 2025, money("500.00"), money("3000.00"),
                coverage.getBenefits().getVisitLimits()))));
    }

    private static ClaimDetails claim() {
        return new ClaimDetails("CLM-DROOLS-NET-1", ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient(MEMBER, "Ana", "Silva", LocalDate.of(1975, 8, 14), Sex.F), "S-3001", LAKESIDE_NPI,
                "ACME", new ArrayList<>(List.of("E11.9", "I10")), null, FrequencyCode.ORIGINAL, null, new ArrayList<>(),
                new ArrayList<>(List.of(line(1, "99213", "150.00", 1, 2), line(2, "85025", "40.00", 1))));
    }

    private static ServiceLine line(int sequence, String code, String charge, Integer... pointers) {
        return new ServiceLine(sequence, code, new ArrayList<>(), 1, money(charge), SERVICE_DATE, "11",
                new ArrayList<>(List.of(pointers)));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
