package net.claimsnet.flows.finality;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.transactions.TimeWindowRenewal;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The counterparty's side of {@link CollectSignaturesFlow} followed by {@link ReceiveFinalityFlow}:
 * receives the proposed transaction with its back chain, verifies the signatures it carries and
 * every contract, lets the concrete responder check the business meaning
 * ({@link #checkProposal}), signs, and then records the finished transaction once it comes back
 * notarised. A responder never signs what it has not checked.
 *
 * <p>A proposal with a time window may come again with a fresh one, instead of finished, when the
 * notary refused its window ({@link SignAndFinaliseFlow}): once {@link ReceiveFinalityFlow} has seen
 * that nothing else changed, it is verified, checked and signed again as any proposal.
 */
public abstract class SignTransactionFlow extends FlowLogic<SignedTransaction> {

    private enum Stage { PROPOSAL, CHECK, FINISHED }

    protected final FlowSession session;
    private Stage stage = Stage.PROPOSAL;
    private SecureHash signedId;

    protected SignTransactionFlow(FlowSession session) {
        this.session = session;
    }

    /**
     * Refuses (by throwing {@link FlowException}) a proposal this node should not sign, e.g. one for
     * a claim that is not its own or not in the state its vault holds.
     */
    protected abstract void checkProposal(FlowContext context, SignedTransaction proposal, LedgerTransaction resolved);

    @Override
    protected Step call(FlowContext context) {
        switch (stage) {
            case PROPOSAL:
                stage = Stage.CHECK;
                return Step.receiveTransaction(session);
            case CHECK:
                return signAndAwaitFinality(context, context.received(SignedTransaction.class));
            case FINISHED:
            default: {
                SignedTransaction finished = context.received(SignedTransaction.class);
                if (!finished.getId().equals(signedId)) {
                    // A renewal of the proposal signed, with a fresh time window (ReceiveFinalityFlow checked so).
                    return signAndAwaitFinality(context, finished);
                }
                return done(finished);
            }
        }
    }

    private Step signAndAwaitFinality(FlowContext context, SignedTransaction proposal) {
        LedgerTransaction resolved = verify(context, proposal);
        checkProposal(context, proposal, resolved);
        SignedTransaction signed = context.ledger().countersign(proposal);
        context.send(session, ownSignature(context, signed));
        signedId = proposal.getId();
        stage = Stage.FINISHED;
        return Step.subFlow(new ReceiveFinalityFlow(session, signedId, TimeWindowRenewal.renewable(proposal.getTx())));
    }

    /** Checks the proposer's signatures (everyone's but this node's and the notary's) and the contracts. */
    private LedgerTransaction verify(FlowContext context, SignedTransaction proposal) {
        NodeLedger ledger = context.ledger();
        List<PublicKey> stillMissing = new ArrayList<>();
        stillMissing.add(context.ourIdentity().getOwningKey());
        if (proposal.getNotary() != null) {
            stillMissing.add(proposal.getNotary().getOwningKey());
        }
        try {
            if (!proposal.getTx().getRequiredSigningKeys().contains(context.ourIdentity().getOwningKey())) {
                throw new FlowException("it does not need " + context.ourIdentity().getName().getOrganisation() + "'s signature");
            }
            ledger.verifier().verifySignatures(proposal, stillMissing);
            LedgerTransaction resolved = ledger.verifier().resolve(proposal.getTx());
            ledger.verifier().verifyContracts(resolved);
            return resolved;
        } catch (LedgerException | FlowException e) {
            throw refusal(context, proposal.getId(), e.getMessage());
        }
    }

    protected static FlowException refusal(FlowContext context, SecureHash id, String reason) {
        return new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to sign " + id + ": " + reason);
    }

    private static TransactionSignature ownSignature(FlowContext context, SignedTransaction signed) {
        PublicKey own = context.ourIdentity().getOwningKey();
        for (TransactionSignature signature : signed.getSigs()) {
            if (signature.getBy().equals(own)) {
                return signature;
            }
        }
        throw new IllegalStateException("The countersigned transaction lacks this node's signature");
    }
}
