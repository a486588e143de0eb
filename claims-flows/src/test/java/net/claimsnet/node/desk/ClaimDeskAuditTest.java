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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static net.claimsnet.contracts.SampleClaims.money;
import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The auditor's desk: integrity, the read log and the dashboards' statistics, each within the user's scope. */
class ClaimDeskAuditTest {

    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser LAKESIDE_BILLING = DeskUser.of("billing@lakeside", DeskRole.BILLING);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);
    private static final DeskUser AUDITOR = DeskUser.of("auditor@regulator", DeskRole.AUDITOR);

    private final ClaimNetwork net = new ClaimNetwork();
    private final InMemoryClaimAuditTrail auditorAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final ClaimDesk stMary = desk(net.stMary(), new InMemoryClaimAuditTrail(net.network.clock()));
    private final ClaimDesk lakeside = desk(net.lakeside(), new InMemoryClaimAuditTrail(net.network.clock()));
    private final ClaimDesk insurer = desk(net.insurer(), new InMemoryClaimAuditTrail(net.network.clock()));
    private final ClaimDesk auditor = desk(net.auditor(), auditorAudit);

    private ClaimDesk desk(Node node, ClaimAuditTrail audit) {
        return new ClaimDesk(node, audit, handle -> net.network.runNetwork());
    }

    @AfterEach
    void close() {
        net.close();
    }

    private ClaimState submitted() {
        return stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER), null).filed();
    }

    private ClaimState settled() {
        String id = ClaimDesk.idOf(submitted());
        insurer.adjudicateByRules(ADJUSTER, id);
        return insurer.settle(ADJUSTER, id, "EFT-1", null);
    }

    // ---- integrity ----------------------------------------------------------------------------

    @Test
    void aSettledClaimVerifiesOnEveryNodeThatHoldsItAndTheCheckIsAudited() {
        String id = ClaimDesk.idOf(settled());

        for (ClaimDesk desk : List.of(auditor, insurer, stMary)) {
            DeskUser user = desk == auditor ? AUDITOR : desk == insurer ? ADJUSTER : ST_MARY_BILLING;
            List<TransactionIntegrity> results = desk.verifyIntegrity(user, id);
            assertThat(results).extracting(TransactionIntegrity::statusAfter)
                    .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.SETTLED);
            assertThat(results).allSatisfy(r -> assertThat(r.ok()).as("%s", r.problems()).isTrue());
        }
        assertThat(auditorAudit.entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("VERIFY");
            assertThat(e.claimId()).isEqualTo(id);
            assertThat(e.outcome()).isEqualTo(ClaimAuditTrail.ALLOWED);
            assertThat(e.detail()).isEqualTo("all 3 transactions verified");
        });
    }

    @Test
    void aClaimOutOfScopeCannotBeVerifiedNorItsLogReadAndAnAdministratorReadsNeither() {
        String id = ClaimDesk.idOf(submitted());
        DeskUser admin = DeskUser.of("admin@regulator", DeskRole.NODE_ADMIN);

        assertThatThrownBy(() -> lakeside.verifyIntegrity(LAKESIDE_BILLING, id)).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> lakeside.readLog(LAKESIDE_BILLING, id)).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> auditor.verifyIntegrity(admin, id)).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> auditor.readLog(admin, id)).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> auditor.statistics(admin)).isInstanceOf(DeskAccessDeniedException.class);
    }

    // ---- read log -----------------------------------------------------------------------------

    @Test
    void theReadLogShowsWhoDidWhatWithTheClaimNewestFirstIncludingThisRead() {
        String id = ClaimDesk.idOf(submitted());
        String other = ClaimDesk.idOf(stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER), null).filed());
        auditor.claim(AUDITOR, id);
        auditor.history(AUDITOR, id);
        auditor.claim(AUDITOR, other);
        auditor.claim(DeskUser.of("auditor2@regulator", DeskRole.AUDITOR), id);

        List<ClaimAuditEntry> log = auditor.readLog(AUDITOR, id);

        assertThat(log).extracting(e -> e.actor() + " " + e.action() + " " + e.outcome()).containsExactly(
                "auditor@regulator READ_LOG ALLOWED",
                "auditor2@regulator READ ALLOWED",
                "auditor@regulator READ_HISTORY ALLOWED",
                "auditor@regulator READ ALLOWED");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.claimId()).isEqualTo(id);
            assertThat(e.at()).isEqualTo(net.network.clock().instant());
        });
    }

    // ---- statistics ---------------------------------------------------------------------------

    @Test
    void statisticsCountStatusesDaysAmountsReasonsAndTheDaysFromFilingToPayment() {
        ClaimState paid = submitted();                       // filed on 1 April 2025, service 10 March
        ClaimState denied = stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER).withServiceLines(
                List.of(SampleClaims.serviceLine(1, "85025", "40.00", 1).withDateOfService(LocalDate.of(2025, 3, 20)))),
                null).filed();
        insurer.adjudicateByRules(ADJUSTER, ClaimDesk.idOf(paid));
        insurer.adjudicate(ADJUSTER, ClaimDesk.idOf(denied), List.of(new LineDecisionInput(1, LineDecision.DENIED,
                List.of(new Adjustment(AdjustmentGroup.CO, "50", "N115", money("40.00"))))));
        net.network.advanceTime(Duration.ofDays(12));
        ClaimState settled = insurer.settle(ADJUSTER, ClaimDesk.idOf(paid), "EFT-1", null);   // paid 13 April
        ClaimState other = lakeside.submit(LAKESIDE_BILLING, SampleClaims.details(ClaimNetwork.LAKESIDE_MEMBER), null).filed();

        ClaimStatistics atInsurer = insurer.statistics(ADJUSTER);
        ClaimStatistics atStMary = stMary.statistics(ST_MARY_BILLING);

        assertThat(atInsurer.asOf()).isEqualTo(LocalDate.of(2025, 4, 13));
        assertThat(atInsurer.totalClaims()).isEqualTo(3);
        assertThat(atInsurer.byStatus()).containsEntry(ClaimStatus.SETTLED, 1L).containsEntry(ClaimStatus.DENIED, 1L)
                .containsEntry(ClaimStatus.SUBMITTED, 1L).containsEntry(ClaimStatus.PENDED, 0L).hasSize(ClaimStatus.values().length);
        assertThat(atInsurer.byServiceDay()).hasSize(ClaimStatistics.DAYS);
        assertThat(atInsurer.byServiceDay().keySet()).first().isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(atInsurer.byServiceDay()).containsEntry(LocalDate.of(2025, 3, 20), 1L);
        assertThat(atInsurer.byServiceDay().values().stream().mapToLong(Long::longValue).sum())
                .as("10 March is before the last 30 days").isEqualTo(1);
        assertThat(atInsurer.paidByDay().get(LocalDate.of(2025, 4, 13))).isEqualByComparingTo(settled.getSettlement().getAmount());
        assertThat(atInsurer.totalPaid()).isEqualByComparingTo(settled.getSettlement().getAmount());
        BigDecimal charged = money("190.00").add(money("40.00")).add(money("190.00"));
        assertThat(atInsurer.totalCharged()).isEqualByComparingTo(charged);
        assertThat(atInsurer.topReasons()).containsExactly(new ClaimStatistics.ReasonCount("CO-50", 1));
        assertThat(atInsurer.averageDaysToPayment()).isEqualTo(12.0);
        assertThat(atInsurer.paymentsTimed()).isEqualTo(1);

        assertThat(atStMary.totalClaims()).as("only St. Mary's own claims").isEqualTo(2);
        assertThat(atStMary.totalCharged()).isEqualByComparingTo(money("230.00"));
        assertThat(other.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void statisticsOfAnEmptyScopeAreZeroAndHaveNoAverage() {
        ClaimStatistics none = auditor.statistics(AUDITOR);

        assertThat(none.totalClaims()).isZero();
        assertThat(none.totalPaid()).isEqualByComparingTo("0");
        assertThat(none.topReasons()).isEmpty();
        assertThat(none.averageDaysToPayment()).isNull();
    }
}
