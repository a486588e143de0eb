package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.ClaimState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan on the patient's card, which scrub rules may need, reaches them before the claim is scrubbed. */
class ClaimDeskPatientPlanTest {

    private static final DeskUser BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);

    private final Map<String, String> cards = new ConcurrentHashMap<>();
    /** Rules like the shipped ones: a claim whose patient has no plan on record cannot be submitted. */
    private final ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic().scrubRules((claim, today) ->
            cards.containsKey(claim.getPatient().getMemberId()) ? List.of()
                    : List.of(ScrubFinding.error("plan-required", "planId", "Enter the plan id from the patient's insurance card."))));
    private final ClaimDesk desk = new ClaimDesk(net.stMary(), new InMemoryClaimAuditTrail(net.network.clock()),
            handle -> net.network.runNetwork(), cards::put);

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void withoutThePlanTheRulesAskForItAndWithItTheClaimIsFiled() {
        FilingResult withoutPlan = desk.submit(BILLING, SampleClaims.details(ST_MARY_MEMBER), null, null);
        assertThat(withoutPlan.isFiled()).isFalse();
        assertThat(withoutPlan.findings()).extracting(ScrubFinding::field).containsExactly("planId");

        FilingResult withPlan = desk.submit(BILLING, SampleClaims.details(ST_MARY_MEMBER), " PPO-GOLD ", null);

        assertThat(withPlan.isFiled()).isTrue();
        assertThat(cards).containsEntry(ST_MARY_MEMBER, "PPO-GOLD");
    }

    @Test
    void aCorrectionCarriesItsPlanToo() {
        cards.put(ST_MARY_MEMBER, "PPO-GOLD");
        ClaimState original = desk.submit(BILLING, SampleClaims.details(ST_MARY_MEMBER), null, null).filed();
        cards.clear();

        FilingResult replaced = desk.replace(BILLING, ClaimDesk.idOf(original), SampleClaims.details(ST_MARY_MEMBER), "PPO-GOLD");

        assertThat(replaced.isFiled()).isTrue();
    }

    @Test
    void aUserWhoMayNotFileRecordsNoPlan() {
        DeskUser adjuster = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);

        assertThatThrownBy(() -> desk.submit(adjuster, SampleClaims.details(ST_MARY_MEMBER), "PPO-GOLD", null))
                .isInstanceOf(DeskAccessDeniedException.class);
        assertThat(cards).isEmpty();
    }
}
