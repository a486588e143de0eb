package net.claimsnet.flows;

import net.claimsnet.flows.access.GrantAccessFlow;
import net.claimsnet.flows.access.RevokeAccessFlow;
import net.claimsnet.node.Node;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An insurer grants the auditor access to a provider's claims and revokes it: both ledgers keep every version. */
class AccessGrantFlowsTest {

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();
    private final Instant now = net.network.clock().instant();
    private final AccessScope stMarysClaims = AccessScope.provider(net.stMary().identity().getName());

    @AfterEach
    void close() {
        net.close();
    }

    private AccessGrantState granted() {
        SignedTransaction grant = net.finish(net.insurer().startFlow(
                new GrantAccessFlow.Initiator(stMarysClaims, "2025 Q1 claims audit", now.plus(Duration.ofDays(30)))));
        return grant.getTx().outputsOfType(AccessGrantState.class).get(0);
    }

    private static List<StateAndRef<AccessGrantState>> grantsAt(Node node) {
        return node.ledger().vault().unconsumed(AccessGrantState.class);
    }

    @Test
    void the_insurer_and_the_auditor_keep_a_grant_dated_now() {
        AccessGrantState grant = granted();

        assertThat(grant.getIssuedAt()).isEqualTo(now);
        assertThat(grant.getAuditor()).isEqualTo(net.auditor().identity());
        assertThat(grantsAt(net.insurer())).extracting(s -> s.getState().getData()).containsExactly(grant);
        assertThat(grantsAt(net.auditor())).extracting(s -> s.getState().getData()).containsExactly(grant);
        assertThat(grantsAt(net.stMary())).as("a provider learns nothing of the auditor's grants").isEmpty();
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void a_revoked_grant_stays_on_both_ledgers_with_when_and_why() {
        AccessGrantState grant = granted();

        net.finish(net.insurer().startFlow(new RevokeAccessFlow.Initiator(grant.getLinearId(), "Audit closed early")));

        for (Node keeper : List.of(net.insurer(), net.auditor())) {
            List<StateAndRef<AccessGrantState>> history = keeper.ledger().vault().history(grant.getLinearId(), AccessGrantState.class);
            assertThat(history).as("at " + keeper).hasSize(2);
            AccessGrantState revoked = history.get(1).getState().getData();
            assertThat(revoked.getRevokedAt()).isEqualTo(now);
            assertThat(revoked.getRevocationReason()).isEqualTo("Audit closed early");
            assertThat(revoked.inForceAt(now)).isFalse();
        }
    }

    @Test
    void a_grant_is_revoked_once() {
        AccessGrantState grant = granted();
        net.finish(net.insurer().startFlow(new RevokeAccessFlow.Initiator(grant.getLinearId(), "Audit closed early")));

        assertThat(net.failureOf(net.insurer().startFlow(new RevokeAccessFlow.Initiator(grant.getLinearId(), "again"))))
                .contains("was revoked already");
    }

    @Test
    void only_an_insurer_grants_access() {
        assertThat(net.failureOf(net.stMary().startFlow(
                new GrantAccessFlow.Initiator(stMarysClaims, "our own audit", now.plus(Duration.ofDays(30))))))
                .contains("Only an insurer grants access to its claims");
        assertThat(grantsAt(net.auditor())).isEmpty();
    }

    @Test
    void the_contract_refuses_a_grant_the_insurer_cannot_bound() {
        assertThat(net.failureOf(net.insurer().startFlow(
                new GrantAccessFlow.Initiator(stMarysClaims, "forever", now.plus(Duration.ofDays(400))))))
                .contains("A grant may last at most 366 days");
        assertThat(grantsAt(net.insurer())).isEmpty();
    }
}
