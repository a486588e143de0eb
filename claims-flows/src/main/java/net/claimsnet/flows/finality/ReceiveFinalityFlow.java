package net.claimsnet.flows.finality;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.transactions.TimeWindowRenewal;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/**
 * A participant's side of {@link FinalityFlow}: receives the finished transaction (its back chain
 * resolved), checks it is the one this node signed, if it signed one, or verifies its contracts
 * otherwise, checks every signature including the notary's, records it and acknowledges.
 *
 * <p>Where the transaction signed had a time window, the proposer may send instead the same
 * transaction with a fresh window (the notary refused the old one, see {@link SignAndFinaliseFlow}):
 * that renewal is returned as it came, unrecorded, for the caller to check and sign as a proposal.
 */
public final class ReceiveFinalityFlow extends FlowLogic<SignedTransaction> {

    private final FlowSession session;
    private final SecureHash expectedId;
    private final SecureHash renewable;
    private boolean requested;

    /** @param expectedId the transaction this node signed, or null if it signed none */
    public ReceiveFinalityFlow(FlowSession session, SecureHash expectedId) {
        this(session, expectedId, null);
    }

    /**
     * @param expectedId the transaction this node signed
     * @param renewable what a renewal of it keeps ({@link TimeWindowRenewal#renewable}), or null if it may not be renewed
     */
    ReceiveFinalityFlow(FlowSession session, SecureHash expectedId, SecureHash renewable) {
        this.session = session;
        this.expectedId = expectedId;
        this.renewable = renewable;
    }

    @Override
    protected Step call(FlowContext context) {
        if (!requested) {
            requested = true;
            // The sender finishes it only once the notary has answered, which may take as long as the notary is down.
            return Step.receiveTransaction(session).withoutLimit();
        }
        SignedTransaction transaction = context.received(SignedTransaction.class);
        try {
            if (expectedId != null) {
                if (TimeWindowRenewal.isRenewalOf(transaction.getTx(), renewable, expectedId)) {
                    return done(transaction);
                }
                if (!expectedId.equals(transaction.getId())) {
                    throw new FlowException(session.counterparty() + " finalised transaction " + transaction.getId()
                            + ", not " + expectedId + ", which " + context.ourIdentity().getName().getOrganisation() + " signed");
                }
                // Its contracts were verified before this node signed the same id.
                context.ledger().verifier().verifySignatures(transaction, List.of());
            } else {
                context.ledger().verify(transaction, List.of());
            }
        } catch (LedgerException e) {
            throw new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to record "
                    + transaction.getId() + ": " + e.getMessage(), e);
        }
        context.ledger().record(transaction);
        context.send(session, new FinalityAck(transaction.getId()));
        return done(transaction);
    }
}
