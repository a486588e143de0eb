package net.claimsnet.flows.finality;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.LedgerException;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a transaction this node signed to each counterparty session (whose responder checks and
 * signs it) and collects their signatures, checking each is valid and made by that counterparty.
 * Returns the transaction with every signature but the notary's.
 *
 * <p>The proposer does not run the contracts of what it proposes: every counterparty runs them
 * before it signs ({@link SignTransactionFlow}), so a transaction that breaks a contract never
 * gets the signatures the notary needs, and the auditor runs them again. That saves one contract
 * verification per two-party transaction (a third of them). Flows that only this node signs
 * verify before they notarise.
 */
public final class CollectSignaturesFlow extends FlowLogic<SignedTransaction> {

    private SignedTransaction transaction;
    private final List<FlowSession> sessions;
    private boolean sent;
    private int collected;

    public CollectSignaturesFlow(SignedTransaction transaction, List<FlowSession> sessions) {
        this.transaction = transaction;
        this.sessions = new ArrayList<>(sessions);
    }

    @Override
    protected Step call(FlowContext context) {
        if (!sent) {
            sent = true;
            for (FlowSession session : sessions) {
                context.sendTransaction(session, transaction);
            }
            return Step.receive(sessions.get(0), TransactionSignature.class);
        }
        FlowSession from = sessions.get(collected);
        TransactionSignature signature = context.received(TransactionSignature.class);
        Party signer = context.party(from.counterparty());
        if (!signature.getBy().equals(signer.getOwningKey())) {
            throw new FlowException(from.counterparty() + " answered with a signature by another key");
        }
        transaction = transaction.withAdditionalSignature(signature);
        collected++;
        if (collected < sessions.size()) {
            return Step.receive(sessions.get(collected), TransactionSignature.class);
        }
        List<PublicKey> notary = new ArrayList<>();
        if (transaction.getNotary() != null) {
            notary.add(transaction.getNotary().getOwningKey());
        }
        try {
            context.ledger().verifier().verifySignatures(transaction, notary);
        } catch (LedgerException e) {
            throw new FlowException("The signatures collected do not complete transaction " + transaction.getId()
                    + ": " + e.getMessage(), e);
        }
        return done(transaction);
    }
}
