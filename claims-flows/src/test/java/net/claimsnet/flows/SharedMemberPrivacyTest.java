package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.engine.Payloads;
import net.claimsnet.flows.resolution.FetchResponse;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One member treated by St. Mary, then Lakeside, then St. Mary again (and Lakeside's claim
 * appealed and decided again): every adjudication consumes the member's benefit accumulator as the
 * other provider's last adjudication left it. A tap on every delivery proves that neither provider
 * ever receives anything of the other's claims (no claim state, no claim id, not even the other's
 * name or key), that each still verifies and records its own adjudications, knowing the
 * accumulator's previous transaction only as a Merkle tear-off, and that the auditor, granted one
 * provider's claims, holds and verifies those whole and the other's only torn off.
 */
class SharedMemberPrivacyTest {

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();
    private final List<Envelope> delivered = new ArrayList<>();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void providersTreatingTheSameMemberNeverReceiveEachOthersClaims() {
        net.network.transport().tap(delivered::add);
        net.auditorMayRead(net.stMary());

        ClaimState first = settled(net.stMary());
        ClaimState second = settled(net.lakeside());
        ClaimState third = settled(net.stMary());
        net.providerAppeals(net.lakeside(), second.getLinearId(), "The deductible was already met.");
        ClaimState reconsidered = net.insurerAdjudicates(second.getLinearId());

        assertThat(List.of(first, second, third)).extracting(ClaimState::getStatus).containsOnly(ClaimStatus.SETTLED);
        assertThat(reconsidered.getAdjudication().getRound()).isEqualTo(2);
        assertThat(net.unfinishedFlows()).isEmpty();

        // Whole transactions and tear-offs: no claim state of the other provider, ever.
        assertThat(claimsReceivedBy(InMemoryNetwork.LAKESIDE)).isNotEmpty()
                .allMatch(c -> c.getProvider().getName().equals(InMemoryNetwork.LAKESIDE));
        assertThat(claimsReceivedBy(InMemoryNetwork.ST_MARY)).isNotEmpty()
                .allMatch(c -> c.getProvider().getName().equals(InMemoryNetwork.ST_MARY));
        // Every byte delivered: not the other's claim ids, name or key (the same markers do reach their owner).
        assertThat(payloadsTo(InMemoryNetwork.LAKESIDE)).noneMatch(p -> containsAny(p, markersOf(net.stMary(), first, third)));
        assertThat(payloadsTo(InMemoryNetwork.ST_MARY)).noneMatch(p -> containsAny(p, markersOf(net.lakeside(), second)));
        assertThat(payloadsTo(InMemoryNetwork.ST_MARY)).anyMatch(p -> containsAny(p, markersOf(net.stMary(), first, third)));

        // Each provider recorded its adjudications, knowing the accumulator's previous transaction only as a tear-off.
        SecureHash stMarysFirstAdjudication = adjudicationOf(first);
        SecureHash lakesidesAdjudication = adjudicationOf(second);
        assertThat(net.lakeside().ledger().transactions().contains(stMarysFirstAdjudication)).isFalse();
        assertThat(net.lakeside().ledger().tornOff().find(stMarysFirstAdjudication)).singleElement()
                .satisfies(t -> assertThat(t.revealedOutputs().values()).extracting(TransactionState::getData)
                        .singleElement().isInstanceOf(BenefitAccumulatorState.class));
        assertThat(net.stMary().ledger().transactions().contains(lakesidesAdjudication)).isFalse();
        assertThat(net.stMary().ledger().tornOff().contains(lakesidesAdjudication)).isTrue();
        assertThat(ClaimNetwork.claimAt(net.lakeside(), second.getLinearId())).hasValue(reconsidered);

        // The auditor, granted St. Mary's claims only, holds those whole with their back chains, each verifying;
        // Lakeside's adjudication, whose accumulator St. Mary's third claim moved on, only torn off; and of
        // Lakeside's claims no more than the figures of the tear-offs it was sent.
        List<SignedTransaction> chain = wholeBackChainAtAuditor(List.of(first, third));
        assertThat(chain).extracting(SignedTransaction::getId).contains(stMarysFirstAdjudication).doesNotContain(lakesidesAdjudication);
        chain.forEach(tx -> net.auditor().ledger().verify(tx, List.of()));
        assertThat(net.auditor().ledger().tornOff().contains(lakesidesAdjudication)).isTrue();
        assertThat(claimsReceivedBy(InMemoryNetwork.AUDITOR)).isNotEmpty()
                .allMatch(c -> c.getProvider().getName().equals(InMemoryNetwork.ST_MARY));
        assertThat(payloadsTo(InMemoryNetwork.AUDITOR)).noneMatch(p -> containsAny(p,
                List.of(second.getClaim().getClaimId().getBytes(StandardCharsets.UTF_8))));
        assertThat(net.network.auditorsTearOffs().history(second.getLinearId())).isNotEmpty()
                .allMatch(kept -> kept.figures().getProvider().equals(InMemoryNetwork.LAKESIDE));

        BenefitAccumulatorState accumulator = net.accumulator(ST_MARY_MEMBER);
        assertThat(accumulator.getDeductibleMet()).isEqualByComparingTo(ClaimNetwork.DEDUCTIBLE);
    }

    private ClaimState settled(Node provider) {
        ClaimState submitted = net.providerSubmits(provider, SampleClaims.details(ST_MARY_MEMBER));
        net.insurerAdjudicates(submitted.getLinearId());
        return net.insurerSettles(submitted.getLinearId(), "EFT-" + submitted.getClaim().getClaimId());
    }

    /** The transaction that (last) adjudicated the claim before it was settled, at the insurer. */
    private SecureHash adjudicationOf(ClaimState claim) {
        return ClaimNetwork.historyAt(net.insurer(), claim.getLinearId()).stream()
                .filter(s -> s.getState().getData().getAdjudication() != null
                        && s.getState().getData().getStatus() != ClaimStatus.SETTLED)
                .findFirst().orElseThrow().getRef().getTxhash();
    }

    private List<SignedTransaction> wholeBackChainAtAuditor(List<ClaimState> claims) {
        Deque<SecureHash> toVisit = new ArrayDeque<>();
        for (ClaimState claim : claims) {
            toVisit.add(ClaimNetwork.historyAt(net.auditor(), claim.getLinearId()).stream()
                    .reduce((a, b) -> b).orElseThrow().getRef().getTxhash());
        }
        Set<SecureHash> seen = new HashSet<>();
        List<SignedTransaction> chain = new ArrayList<>();
        while (!toVisit.isEmpty()) {
            SecureHash id = toVisit.poll();
            if (!seen.add(id)) {
                continue;
            }
            if (!net.auditor().ledger().transactions().contains(id) && net.auditor().ledger().tornOff().contains(id)) {
                continue;
            }
            SignedTransaction tx = net.auditor().ledger().transactions().find(id)
                    .orElseThrow(() -> new AssertionError("The auditor lacks transaction " + id));
            chain.add(tx);
            tx.getInputs().stream().map(StateRef::getTxhash).forEach(toVisit::add);
            tx.getReferences().stream().map(StateRef::getTxhash).forEach(toVisit::add);
        }
        return chain;
    }

    /** Every claim state in what the node received: whole transactions (proposals, final ones, back chains) and tear-offs. */
    private List<ClaimState> claimsReceivedBy(CordaX500Name node) {
        List<ClaimState> claims = new ArrayList<>();
        for (Envelope envelope : delivered) {
            if (!envelope.recipient().equals(node)) {
                continue;
            }
            Object message = Payloads.deserialize(envelope.payload());
            List<TransactionState<ContractState>> outputs = new ArrayList<>();
            if (message instanceof SignedTransaction) {
                outputs.addAll(((SignedTransaction) message).getTx().getOutputs());
            } else if (message instanceof FetchResponse) {
                ((FetchResponse) message).getTransactions().forEach(tx -> outputs.addAll(tx.getTx().getOutputs()));
                for (TornOffTransaction tearOff : ((FetchResponse) message).getTearOffs()) {
                    outputs.addAll(tearOff.getTearOff().getOutputs());
                }
            }
            for (TransactionState<ContractState> output : outputs) {
                if (output.getData() instanceof ClaimState) {
                    claims.add((ClaimState) output.getData());
                }
            }
        }
        return claims;
    }

    private List<byte[]> payloadsTo(CordaX500Name node) {
        List<byte[]> payloads = new ArrayList<>();
        for (Envelope envelope : delivered) {
            if (envelope.recipient().equals(node)) {
                payloads.add(envelope.payload());
            }
        }
        return payloads;
    }

    /** Byte strings that identify a provider's claims: the claim ids, the provider's name and its public key. */
    private static List<byte[]> markersOf(Node provider, ClaimState... claims) {
        List<byte[]> markers = new ArrayList<>();
        for (ClaimState claim : claims) {
            markers.add(claim.getClaim().getClaimId().getBytes(StandardCharsets.UTF_8));
        }
        markers.add(provider.name().getOrganisation().getBytes(StandardCharsets.UTF_8));
        markers.add(provider.ledger().identity().getOwningKey().getEncoded());
        return markers;
    }

    private static boolean containsAny(byte[] payload, List<byte[]> markers) {
        for (byte[] marker : markers) {
            if (indexOf(payload, marker) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
