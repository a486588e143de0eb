package net.claimsnet.node;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.access.GrantsForTests;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The threaded network: claims of several members of both providers go through at once, on two threads. */
class ThreadedNetworkTest {

    @Test
    void claimsSubmittedConcurrentlyAreAllSettledAndEveryPartyHoldsThem() throws Exception {
        try (InMemoryNetwork network = InMemoryNetwork.threaded(2).build()) {
            List<CompletableFuture<?>> setup = new ArrayList<>();
            List<String> members = List.of("M-1", "M-2", "M-3", "M-4");
            for (String member : members) {
                CoverageState sample = SampleClaims.coverage(network.insurer().identity(), member);
                CoverageState coverage = sample.withBenefits(sample.getBenefits().withDeductible(SampleClaims.money("0.00")));
                setup.add(network.insurer().startFlow(new IssueCoverageFlow.Initiator(coverage)).result());
                setup.add(network.insurer().startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(coverage))).result());
            }
            CompletableFuture.allOf(setup.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
            GrantsForTests.grantAuditor(network.insurer(), Duration.ofSeconds(60), InMemoryNetwork.ST_MARY, InMemoryNetwork.LAKESIDE);

            List<CompletableFuture<SignedTransaction>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Node provider = i % 2 == 0 ? network.stMary() : network.lakeside();
                String member = members.get((i % 2) * 2 + (i / 2) % 2);
                claims.add(provider.startFlow(new SubmitClaimFlow.Initiator(
                                SampleClaims.details(member).withPriorAuthorizationNumber("PA-" + i), InMemoryNetwork.INSURER)).result()
                        .thenCompose(tx -> network.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claimIn(tx).getLinearId())).result())
                        .thenCompose(tx -> network.insurer().startFlow(new SettleClaimFlow.Initiator(claimIn(tx).getLinearId(),
                                "EFT-" + claimIn(tx).getClaim().getClaimId())).result()));
            }
            CompletableFuture.allOf(claims.toArray(new CompletableFuture[0])).get(120, TimeUnit.SECONDS);
            // The auditor asks for each claim whole once it kept the tear-off: that follows the parties' flows.
            new NetworkWaits(network, Duration.ofSeconds(60)).awaitQuiet(() -> true);

            for (CompletableFuture<SignedTransaction> settled : claims) {
                ClaimState claim = claimIn(settled.get());
                assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SETTLED);
                Node provider = network.node(claim.getProvider().getName());
                for (Node node : List.of(provider, network.insurer(), network.auditor())) {
                    assertThat(node.ledger().vault().latest(claim.getLinearId(), ClaimState.class)
                            .map(s -> s.getState().getData())).hasValue(claim);
                }
            }
            assertThat(network.stMary().ledger().vault().unconsumed(ClaimState.class)).hasSize(8);
            assertThat(network.lakeside().ledger().vault().unconsumed(ClaimState.class)).hasSize(8);
        }
    }

    private static ClaimState claimIn(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(ClaimState.class).get(0);
    }
}
