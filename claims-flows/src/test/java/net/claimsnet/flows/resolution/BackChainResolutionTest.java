package net.claimsnet.flows.resolution;

import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.engine.Payloads;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that receives a transaction fetches the dependencies it lacks from the sender (here: the
 * provider receiving its first adjudication lacks the transaction that opened the member's
 * accumulator), verifies each and records it only then; the sender serves only that back chain.
 */
class BackChainResolutionTest {

    private final ClaimNetwork net = new ClaimNetwork();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void theProviderFetchesTheAccumulatorsHistoryFromTheInsurerBeforeCountersigning() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SecureHash opening = accumulatorOpening();
        assertThat(net.stMary().ledger().transactions().contains(opening)).isFalse();
        List<Envelope> fetches = new ArrayList<>();
        net.network.transport().tap(e -> {
            if (e.kind() == MessageKind.FETCH_REQUEST && e.sender().equals(InMemoryNetwork.ST_MARY)) {
                fetches.add(e);
            }
        });

        net.insurerAdjudicates(claim.getLinearId());

        assertThat(fetches).singleElement().satisfies(e -> {
            assertThat(e.sender()).isEqualTo(InMemoryNetwork.ST_MARY);
            assertThat(e.recipient()).isEqualTo(InMemoryNetwork.INSURER);
            assertThat(((FetchRequest) Payloads.deserialize(e.payload())).getIds()).containsExactly(opening);
        });
        assertThat(net.stMary().ledger().transactions().contains(opening)).isTrue();
        assertThat(net.stMary().ledger().vault().unconsumed(BenefitAccumulatorState.class)).isEmpty();
    }

    @Test
    void aBackChainThatDoesNotVerifyIsRefusedAndNothingOfItIsRecorded() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SecureHash opening = accumulatorOpening();
        net.network.transport().intercept(e -> {
            if (e.kind() != MessageKind.FETCH_RESPONSE) {
                return List.of(e);
            }
            FetchResponse response = (FetchResponse) Payloads.deserialize(e.payload());
            List<SignedTransaction> forged = new ArrayList<>();
            for (SignedTransaction tx : response.getTransactions()) {
                TransactionSignature signature = tx.getSigs().get(0);
                byte[] bytes = signature.getBytes().clone();
                bytes[5] ^= 1;
                forged.add(new SignedTransaction(tx.getTxBits(),
                        List.of(new TransactionSignature(bytes, signature.getBy(), signature.getSignatureMetadata()))));
            }
            return List.of(e.withPayload(Payloads.serialize(FetchResponse.of(forged))));
        });

        FlowHandle<SignedTransaction> adjudication = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim.getLinearId()));
        String reason = net.failureOf(adjudication);

        assertThat(reason).contains("St. Mary Hospital could not go on: Back chain of")
                .contains("Transaction " + opening + ": the signature of O=Acme Health Insurance, L=Hartford, C=US does not match it");
        assertThat(net.stMary().ledger().transactions().contains(opening)).isFalse();
        assertThat(claimAt(net.stMary(), claim.getLinearId())).hasValue(claim);
    }

    @Test
    void aSenderServesTheBackChainOfWhatItSentAndNothingElse() {
        ClaimState stMarys = net.providerSubmits(net.stMary());
        ClaimState lakesides = net.providerSubmits(net.lakeside());
        SignedTransaction lakesideSubmission = net.insurer().ledger().transactions()
                .find(net.insurer().ledger().vault().latest(lakesides.getLinearId(), ClaimState.class).orElseThrow()
                        .getRef().getTxhash()).orElseThrow();
        SecureHash stMarysSubmission = net.insurer().ledger().vault().latest(stMarys.getLinearId(), ClaimState.class)
                .orElseThrow().getRef().getTxhash();
        SecureHash lakesideCoverage = lakesideSubmission.getReferences().get(0).getTxhash();

        BackChainAuthorisation authorisation = new BackChainAuthorisation(List.of(lakesideSubmission.getId()));

        assertThat(authorisation.permits(lakesideSubmission.getId(), net.insurer().ledger().transactions())).isTrue();
        assertThat(authorisation.permits(lakesideCoverage, net.insurer().ledger().transactions())).isTrue();
        assertThat(authorisation.permits(stMarysSubmission, net.insurer().ledger().transactions())).isFalse();
        assertThat(accumulatorOpening()).satisfies(opening ->
                assertThat(authorisation.permits(opening, net.insurer().ledger().transactions())).isFalse());
    }

    private SecureHash accumulatorOpening() {
        return net.insurer().ledger().vault().unconsumed(BenefitAccumulatorState.class).stream()
                .filter(a -> a.getState().getData().getMemberId().equals(ST_MARY_MEMBER)).findFirst().orElseThrow()
                .getRef().getTxhash();
    }
}
