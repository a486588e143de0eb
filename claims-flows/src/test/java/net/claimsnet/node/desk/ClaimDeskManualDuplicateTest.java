package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.LineDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static net.claimsnet.contracts.SampleClaims.money;
import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The duplicate edit on an adjuster's own decision: paying a line whose service (member, provider,
 * procedure, date) another live claim was paid for already is refused as OA-18, unless the claim
 * replaces that one; the same definition as the rules' duplicate edit.
 */
class ClaimDeskManualDuplicateTest {

    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);

    private final ClaimNetwork net = new ClaimNetwork();
    private final ClaimDesk stMary = desk(net.stMary());
    private final ClaimDesk insurer = desk(net.insurer());

    private ClaimDesk desk(Node node) {
        return new ClaimDesk(node, new InMemoryClaimAuditTrail(net.network.clock()), handle -> net.network.runNetwork());
    }

    @AfterEach
    void close() {
        net.close();
    }

    private ClaimState filed() {
        return stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER), null).filed();
    }

    /** Line 1 (99213) paid, line 2 (85025) denied: the sample claim's two services on the same day. */
    private ClaimState payFirstLineOnly(ClaimState claim) {
        return insurer.adjudicate(ADJUSTER, ClaimDesk.idOf(claim), List.of(
                new LineDecisionInput(1, LineDecision.APPROVED, List.of(Adjustment.of(AdjustmentGroup.CO, "45", money("30.00")))),
                new LineDecisionInput(2, LineDecision.DENIED, List.of(Adjustment.of(AdjustmentGroup.CO, "50", money("40.00"))))));
    }

    @Test
    void paying_by_hand_a_service_another_claim_was_paid_for_is_refused_as_oa_18_and_decides_nothing() {
        ClaimState paid = payFirstLineOnly(filed());
        ClaimState again = filed();

        assertThatThrownBy(() -> payFirstLineOnly(again))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("Line 1 cannot be paid")
                .hasMessageContaining("claim " + paid.getClaim().getClaimId() + " was already paid for 99213 on 2025-03-10")
                .hasMessageContaining("OA-18")
                .hasMessageContaining("replacement")
                .hasMessageNotContaining("Jane").hasMessageNotContaining("Doe");
        assertThat(insurer.claim(ADJUSTER, ClaimDesk.idOf(again)).getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void denying_the_duplicate_line_and_paying_a_service_the_other_claim_was_not_paid_for_is_allowed() {
        payFirstLineOnly(filed());
        ClaimState again = filed();

        ClaimState decided = insurer.adjudicate(ADJUSTER, ClaimDesk.idOf(again), List.of(
                new LineDecisionInput(1, LineDecision.DENIED, List.of(Adjustment.of(AdjustmentGroup.OA, "18", money("150.00")))),
                new LineDecisionInput(2, LineDecision.APPROVED, List.of())));

        assertThat(decided.getStatus()).isEqualTo(ClaimStatus.PARTIALLY_APPROVED);
    }

    @Test
    void a_service_another_claim_billed_but_was_not_paid_for_may_be_paid_by_hand() {
        ClaimState unpaid = filed();
        ClaimState again = filed();

        ClaimState decided = payFirstLineOnly(again);

        assertThat(decided.getStatus()).isEqualTo(ClaimStatus.PARTIALLY_APPROVED);
        assertThat(insurer.claim(ADJUSTER, ClaimDesk.idOf(unpaid)).getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void a_replacement_of_the_paid_claim_may_pay_the_same_service() {
        ClaimState paid = payFirstLineOnly(filed());
        FilingResult replacement = stMary.replace(ST_MARY_BILLING, ClaimDesk.idOf(paid),
                SampleClaims.details(ST_MARY_MEMBER), null);
        assertThat(replacement.isFiled()).as("replacement filed: %s", replacement.findings()).isTrue();

        ClaimState decided = payFirstLineOnly(replacement.filed());

        assertThat(decided.getStatus()).isEqualTo(ClaimStatus.PARTIALLY_APPROVED);
    }
}
