package net.claimsnet.storage.jpa;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.CoverageContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.attachments.AttachmentStore;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.ledger.storage.InMemoryTornOffTransactionStore;
import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.ReferencedStateAndRef;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.TransactionBuilder;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

/**
 * A provider (in memory) and an insurer whose stores are the ones under test, on a freshly
 * bootstrapped network: the insurer issues a member's coverage, the provider submits a claim
 * against it, the insurer pends the claim (a transition that consumes the submitted version).
 */
final class LedgerScenario {

    static final CordaX500Name PROVIDER = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    static final CordaX500Name INSURER = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    static final CordaX500Name NOTARY = CordaX500Name.parse("O=Claims Notary,L=Zurich,C=CH");
    static final StoredAttachment CONTRACTS_JAR = ContractsJar.load();

    private final BootstrappedNetwork network = NetworkBootstrapper.inMemory(List.of(
            NodeSpec.of(PROVIDER.toString(), NodeRole.PROVIDER),
            NodeSpec.of(INSURER.toString(), NodeRole.INSURER),
            NodeSpec.of(NOTARY.toString(), NodeRole.NOTARY)));
    private final NodeLedger provider = network.inMemoryLedger(PROVIDER, CONTRACTS_JAR);
    private final Party notary = provider.networkMap().party(NOTARY);

    /** The insurer's ledger over the given stores (the contracts JAR goes into its attachments; no tear-offs in this scenario). */
    NodeLedger insurerOver(AttachmentStore attachments, TransactionStore transactions, VaultStore vault) {
        TrustedNetworkMap trusted = TrustedNetworkMap.verify(network.signedMap(), network.operatorKey());
        return new NodeLedger(trusted.party(INSURER), network.keyOf(INSURER), trusted, network.parameters(),
                CONTRACTS_JAR, attachments, transactions, vault, new InMemoryTornOffTransactionStore());
    }

    PublicKey notaryKey() {
        return notary.getOwningKey();
    }

    /** The insurer issues the sample member's coverage; the provider records it to reference it later. */
    SignedTransaction issueCoverage(NodeLedger insurer) {
        CoverageState coverage = SampleClaims.coverage(insurer.identity(), SampleClaims.MEMBER_ID);
        SignedTransaction issued = insurer.sign(insurer.build(new TransactionBuilder(notary)
                .addOutputState(coverage, CoverageContract.ID)
                .addCommand(new CoverageContract.Commands.Issue(), insurer.identity().getOwningKey())));
        insurer.verify(issued, List.of());
        provider.record(issued);
        return issued;
    }

    /** The provider submits the sample claim against the coverage; both sign. */
    SignedTransaction submitClaim(NodeLedger insurer, StateAndRef<CoverageState> coverage) {
        ClaimState claim = SampleClaims.submitted(provider.identity(), insurer.identity(), coverage.getState().getData());
        Instant now = Instant.now();
        SignedTransaction submitted = insurer.countersign(provider.sign(provider.build(new TransactionBuilder(notary)
                .addReferenceState(new ReferencedStateAndRef<>(coverage))
                .addOutputState(claim, ClaimContract.ID)
                .addCommand(new ClaimContract.Commands.Submit(),
                        provider.identity().getOwningKey(), insurer.identity().getOwningKey())
                .setTimeWindow(TimeWindow.between(now.minusSeconds(60), now.plusSeconds(60))))));
        insurer.verify(submitted, List.of(notaryKey()));
        return submitted;
    }

    /** The insurer pends the claim for review: consumes the submitted version, produces the pended one. */
    SignedTransaction pend(NodeLedger insurer, StateAndRef<ClaimState> submitted) {
        ClaimState pended = submitted.getState().getData().withStatus(ClaimStatus.PENDED)
                .withPendReason(net.claimsnet.states.PendReason.review());
        SignedTransaction transition = insurer.sign(insurer.build(new TransactionBuilder(notary)
                .addInputState(submitted)
                .addOutputState(pended, ClaimContract.ID)
                .addCommand(new ClaimContract.Commands.Pend(), insurer.identity().getOwningKey())));
        insurer.verify(transition, List.of(notaryKey()));
        return transition;
    }
}
