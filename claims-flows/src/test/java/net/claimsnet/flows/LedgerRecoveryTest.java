package net.claimsnet.flows;

import net.claimsnet.flows.access.AuditorGrants;
import net.claimsnet.flows.recovery.LedgerRecoveryFlow;
import net.claimsnet.flows.recovery.RecoveryEntitlement;
import net.claimsnet.flows.recovery.RecoveryOutcome;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.ClaimState;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledger recovery's rule: a peer hands a node that asks only the transactions it takes part in (PHI stays
 * among a claim's parties), the auditor all, as it observes every finalised transaction.
 */
class LedgerRecoveryTest {

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void the_insurer_offers_a_provider_its_own_claims_transactions_and_none_of_another_providers() {
        ClaimState stMarys = net.settledClaim(net.stMary());
        ClaimState lakesides = net.settledClaim(net.lakeside());
        List<SecureHash> stMarysTransactions = transactionsOf(net.insurer(), stMarys);

        RecoveryOutcome outcome = net.finish(net.lakeside().startFlow(
                new LedgerRecoveryFlow.Initiator(InMemoryNetwork.INSURER, Instant.EPOCH, List.of())));

        assertThat(outcome.offered()).as("Lakeside's claim: submitted, adjudicated, settled").isEqualTo(3);
        assertThat(outcome.recorded()).as("Lakeside held them all").isEmpty();
        for (SecureHash id : stMarysTransactions) {
            assertThat(net.lakeside().ledger().transactions().contains(id)).as("St. Mary's transaction %s at Lakeside", id).isFalse();
        }
        assertThat(transactionsOf(net.lakeside(), lakesides)).hasSize(3);
    }

    @Test
    void the_auditor_offers_a_provider_its_own_claims_transactions_only() {
        net.auditorMayRead(net.stMary());
        net.auditorMayRead(net.lakeside());
        net.settledClaim(net.stMary());
        net.settledClaim(net.lakeside());

        RecoveryOutcome outcome = net.finish(net.stMary().startFlow(
                new LedgerRecoveryFlow.Initiator(InMemoryNetwork.AUDITOR, Instant.EPOCH, List.of())));

        assertThat(outcome.offered()).isEqualTo(3);
    }

    @Test
    void a_transaction_entitles_its_participants_and_the_auditor_under_a_grant_but_no_other_provider() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SignedTransaction submission = net.insurer().ledger().transactions()
                .find(net.insurer().ledger().vault().latest(claim.getLinearId(), ClaimState.class).orElseThrow().getRef().getTxhash())
                .orElseThrow();
        RecoveryEntitlement entitlement = new RecoveryEntitlement(net.insurer().ledger().transactions());
        Instant now = net.network.clock().instant();
        AuditorGrants grants = new AuditorGrants(net.insurer().ledger().vault(), net.auditor().identity());

        assertThat(entitlement.entitles(net.stMary().identity(), null, now, submission)).isTrue();
        assertThat(entitlement.entitles(net.lakeside().identity(), null, now, submission)).isFalse();
        assertThat(entitlement.entitles(net.auditor().identity(), grants, now, submission)).as("no grant yet").isFalse();

        net.auditorMayRead(net.stMary());

        assertThat(entitlement.entitles(net.auditor().identity(), grants, now, submission)).isTrue();
    }

    @Test
    void a_provider_is_entitled_to_a_transaction_that_only_consumes_its_claim() {
        ClaimState claim = net.providerSubmits(net.stMary());
        net.providerVoids(net.stMary(), claim.getLinearId());
        SignedTransaction voiding = net.insurer().ledger().transactions()
                .find(net.insurer().ledger().vault().history(claim.getLinearId(), ClaimState.class).stream()
                        .reduce((first, second) -> second).orElseThrow().getRef().getTxhash()).orElseThrow();
        RecoveryEntitlement entitlement = new RecoveryEntitlement(net.insurer().ledger().transactions());

        assertThat(entitlement.entitles(net.stMary().identity(), null, net.network.clock().instant(), voiding)).isTrue();
        assertThat(entitlement.entitles(net.lakeside().identity(), null, net.network.clock().instant(), voiding)).isFalse();
    }

    private static List<SecureHash> transactionsOf(net.claimsnet.node.Node node, ClaimState claim) {
        return node.ledger().vault().history(claim.getLinearId(), ClaimState.class).stream()
                .map(state -> state.getRef().getTxhash()).toList();
    }
}
