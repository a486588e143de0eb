package net.claimsnet.ledger;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.CoverageContract;
import net.claimsnet.contracts.OutputCustody;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.ReferencedStateAndRef;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.TransactionBuilder;
import net.corda.core.transactions.WireTransaction;

import java.time.Instant;
import java.util.List;

/**
 * Two nodes and a notary on a freshly bootstrapped network, with a member's coverage on both: for
 * the kernel's tests and the ledger benchmark.
 */
public final class KernelFixture {

    public static final CordaX500Name PROVIDER = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    public static final CordaX500Name INSURER = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    public static final CordaX500Name NOTARY = CordaX500Name.parse("O=Claims Notary,L=Zurich,C=CH");
    public static final StoredAttachment CONTRACTS_JAR = ContractsJar.load();

    public final BootstrappedNetwork network = NetworkBootstrapper.inMemory(List.of(
            NodeSpec.of(PROVIDER.toString(), NodeRole.PROVIDER),
            NodeSpec.of(INSURER.toString(), NodeRole.INSURER),
            NodeSpec.of(NOTARY.toString(), NodeRole.NOTARY)));
    public final NodeLedger provider = network.inMemoryLedger(PROVIDER, CONTRACTS_JAR);
    public final NodeLedger insurer = network.inMemoryLedger(INSURER, CONTRACTS_JAR);
    public final Party notary = provider.networkMap().party(NOTARY);
    public final StateAndRef<CoverageState> coverage = issueCoverage();

    /** A Submit transaction built by the provider, not yet signed. */
    public WireTransaction submit() {
        return provider.build(submitBuilder(SampleClaims.submitted(provider.identity(), insurer.identity(),
                coverage.getState().getData())));
    }

    public TransactionBuilder submitBuilder(ClaimState claim) {
        Instant now = Instant.now();
        return new TransactionBuilder(notary)
                .addReferenceState(new ReferencedStateAndRef<>(coverage))
                .addOutputState(claim, ClaimContract.ID)
                .addCommand(new ClaimContract.Commands.Submit(),
                        provider.identity().getOwningKey(), insurer.identity().getOwningKey())
                // As this network's builder adds it: the notary needs the custody of the outputs.
                .addCommand(OutputCustody.of(List.of(claim)),
                        provider.identity().getOwningKey(), insurer.identity().getOwningKey())
                .setTimeWindow(TimeWindow.between(now.minusSeconds(60), now.plusSeconds(60)));
    }

    /** Signed by both parties, as the notary would receive it. */
    public SignedTransaction signedSubmit() {
        return insurer.countersign(provider.sign(submit()));
    }

    private StateAndRef<CoverageState> issueCoverage() {
        CoverageState state = SampleClaims.coverage(insurer.identity(), SampleClaims.MEMBER_ID);
        TransactionBuilder builder = new TransactionBuilder(notary)
                .addOutputState(state, CoverageContract.ID)
                .addCommand(new CoverageContract.Commands.Issue(), insurer.identity().getOwningKey());
        SignedTransaction issued = insurer.sign(insurer.build(builder));
        insurer.verify(issued, List.of());
        insurer.record(issued);
        provider.record(issued);
        return issued.getTx().outRef(0);
    }
}
