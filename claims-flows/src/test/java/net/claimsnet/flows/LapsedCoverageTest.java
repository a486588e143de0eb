package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the insurer terminates a member's coverage (consuming and re-issuing it TERMINATED), a claim
 * relying on the old coverage never gets on the ledger: the insurer refuses it while it decides,
 * and the notary refuses it if the termination got there first.
 */
class LapsedCoverageTest {

    private static final LocalDate LAST_COVERED_DAY = LocalDate.of(2025, 2, 28);

    private final ClaimNetwork net = new ClaimNetwork();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void aClaimForAMemberWhoseCoverageWasTerminatedIsRefusedByTheInsurer() {
        net.insurerTerminatesCoverage(ST_MARY_MEMBER, LAST_COVERED_DAY);

        String reason = net.failureOf(submit());

        assertThat(reason).isEqualTo("Acme Health Insurance has no active coverage for member M-1001 on "
                + SampleClaims.DATE_OF_SERVICE);
        assertNoClaimAnywhere();
    }

    @Test
    void theInsurerDoesNotCountersignAClaimWhoseCoverageItTerminatedAfterOfferingIt() {
        FlowHandle<SignedTransaction> submission = submit();
        net.network.runNetwork(1);
        // The insurer has answered with the coverage; hold the claim it is about to receive.
        net.network.transport().hold(e -> e.sender().equals(InMemoryNetwork.ST_MARY));
        net.network.runNetwork();
        net.insurerTerminatesCoverage(ST_MARY_MEMBER, LAST_COVERED_DAY);
        net.network.transport().releaseHeld();

        String reason = net.failureOf(submission);

        assertThat(reason).contains("Acme Health Insurance refuses to sign")
                .contains("coverage COV-M-1001").contains("is no longer in force for the dates of service");
        assertNoClaimAnywhere();
    }

    @Test
    void theNotaryRefusesAClaimWhoseCoverageWasTerminatedAfterTheInsurerSigned() {
        StateAndRef<CoverageState> offered = net.insurer().ledger().vault().unconsumed(CoverageState.class).stream()
                .filter(c -> c.getState().getData().getMemberId().equals(ST_MARY_MEMBER)).findFirst().orElseThrow();
        net.network.transport().hold(e -> e.recipient().equals(InMemoryNetwork.NOTARY)
                && e.sender().equals(InMemoryNetwork.ST_MARY));
        FlowHandle<SignedTransaction> submission = submit();
        net.network.runNetwork();
        SignedTransaction termination = net.insurerTerminatesCoverage(ST_MARY_MEMBER, LAST_COVERED_DAY);
        net.network.transport().releaseHeld();

        String reason = net.failureOf(submission);

        assertThat(reason).contains("Claims Notary refused to notarise")
                .contains(offered.getRef() + " was consumed by transaction " + termination.getId());
        assertNoClaimAnywhere();
    }

    private FlowHandle<SignedTransaction> submit() {
        return net.stMary().startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details(ST_MARY_MEMBER),
                InMemoryNetwork.INSURER));
    }

    private void assertNoClaimAnywhere() {
        net.network.runNetwork();
        for (var node : net.network.nodes()) {
            assertThat(node.ledger().vault().unconsumed(ClaimState.class)).as(node.toString()).isEmpty();
        }
    }
}
