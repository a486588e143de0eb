package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static net.claimsnet.flows.ClaimNetwork.claimIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clocks of the nodes may disagree by up to a minute (a filing's window opens a minute before the
 * provider's time and closes ten after): a provider that far ahead or further behind still files; one
 * more than a minute ahead is refused by the insurer, with a reason that points at the clocks.
 */
class ClockSkewTest {

    @Test
    void aProviderFiftySecondsAheadOfTheOthersFiles() {
        assertFiles(Duration.ofSeconds(50));
    }

    @Test
    void aProviderFiveMinutesBehindTheOthersFiles() {
        assertFiles(Duration.ofMinutes(-5));
    }

    @Test
    void aProviderTwoMinutesAheadIsRefusedWithAReasonThatNamesTheClocks() {
        try (ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic().clockOffset(InMemoryNetwork.ST_MARY, Duration.ofMinutes(2)))) {
            FlowHandle<SignedTransaction> submission = submit(net);
            net.network.runNetwork();

            assertThat(net.failureOf(submission)).contains("does not prove the filing time")
                    .contains("clocks disagree by more than the 60 s tolerated");
            assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
        }
    }

    private static void assertFiles(Duration providerAhead) {
        try (ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic().clockOffset(InMemoryNetwork.ST_MARY, providerAhead))) {
            FlowHandle<SignedTransaction> submission = submit(net);
            net.network.runNetwork();

            ClaimState claim = claimIn(submission.get());
            assertThat(claimAt(net.insurer(), claim.getLinearId())).hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.SUBMITTED));
            assertThat(net.unfinishedFlows()).isEmpty();
        }
    }

    private static FlowHandle<SignedTransaction> submit(ClaimNetwork net) {
        return net.stMary().startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details(ST_MARY_MEMBER), InMemoryNetwork.INSURER));
    }
}
