package net.claimsnet.flows.finality;

import net.claimsnet.flows.access.AuditTearOff;
import net.claimsnet.flows.access.AuditTearOffFlow;
import net.claimsnet.flows.access.AuditorGrants;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.notary.NotariseFlow;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finishes a transaction that carries every party's signature: notarises it (when it has inputs,
 * references, a time window or outputs), records it, sends it to the given participant sessions (whose
 * responders run {@link ReceiveFinalityFlow}) and reports it to the auditor (whole if it takes part,
 * {@link ObserveTransactionFlow}, else torn off without PHI, {@code AuditTearOffFlow}),
 * and waits until each has verified and recorded it, however long a receiver is down.
 *
 * <p>Made {@link #renewingTimeWindow renewing its time window}, it ends with null, having recorded and
 * sent nothing, when the notary's time was outside the transaction's window (the notary was down
 * longer than the window lasts): its proposer then builds it again with a fresh window
 * ({@link SignAndFinaliseFlow}).
 */
public final class FinalityFlow extends FlowLogic<SignedTransaction> {

    private enum Stage { NOTARISE, DISTRIBUTE, ACKNOWLEDGED }

    private SignedTransaction transaction;
    private final List<FlowSession> participants;
    private final boolean windowRenewable;
    private final List<FlowSession> awaiting = new ArrayList<>();
    private Stage stage = Stage.NOTARISE;

    public FinalityFlow(SignedTransaction transaction, List<FlowSession> participants) {
        this(transaction, participants, false);
    }

    private FinalityFlow(SignedTransaction transaction, List<FlowSession> participants, boolean windowRenewable) {
        this.transaction = transaction;
        this.participants = new ArrayList<>(participants);
        this.windowRenewable = windowRenewable;
    }

    /** Finality that ends with null instead of failing when the notary refuses the transaction's time window. */
    static FinalityFlow renewingTimeWindow(SignedTransaction transaction, List<FlowSession> participants) {
        return new FinalityFlow(transaction, participants, true);
    }

    @Override
    protected Step call(FlowContext context) {
        switch (stage) {
            case NOTARISE:
                stage = Stage.DISTRIBUTE;
                if (needsNotary(transaction)) {
                    return Step.subFlow(new NotariseFlow.Initiator(transaction, windowRenewable));
                }
                return distribute(context, null);
            case DISTRIBUTE: {
                TransactionSignature notarySignature = context.received(TransactionSignature.class);
                if (notarySignature == null && needsNotary(transaction)) {
                    return done(null);
                }
                return distribute(context, needsNotarySignature(transaction) ? notarySignature : null);
            }
            case ACKNOWLEDGED:
            default:
                FinalityAck ack = context.received(FinalityAck.class);
                if (!transaction.getId().equals(ack.getTransactionId())) {
                    throw new FlowException(awaiting.get(0).counterparty() + " acknowledged another transaction");
                }
                awaiting.remove(0);
                if (!awaiting.isEmpty()) {
                    return awaitAcknowledgement();
                }
                return done(transaction);
        }
    }

    private Step distribute(FlowContext context, TransactionSignature notarySignature) {
        if (notarySignature != null) {
            transaction = transaction.withAdditionalSignature(notarySignature);
        }
        context.ledger().verifier().verifySignatures(transaction, List.of());
        context.ledger().record(transaction);
        // The inputs are spent and the outputs recorded: the next flow for them (another adjudication
        // of the member, on the accumulator just re-issued) need not wait for the acknowledgements.
        context.releaseLocks();
        awaiting.addAll(participants);
        for (FlowSession session : participants) {
            context.sendTransaction(session, transaction);
        }
        Optional<Party> auditor = context.auditor();
        if (auditor.isPresent() && !auditor.get().equals(context.ourIdentity())) {
            awaiting.add(reportToAuditor(context, auditor.get()));
        }
        stage = Stage.ACKNOWLEDGED;
        if (awaiting.isEmpty()) {
            return done(transaction);
        }
        return awaitAcknowledgement();
    }

    /**
     * The auditor keeps whole only the transactions it takes part in (its grants); of any other it gets
     * a tear-off without PHI, and asks the insurer for it whole if a grant may open it.
     */
    private FlowSession reportToAuditor(FlowContext context, Party auditor) {
        if (AuditorGrants.auditorTakesPart(transaction, auditor)) {
            FlowSession session = context.initiate(auditor, ObserveTransactionFlow.Initiator.class);
            context.sendTransaction(session, transaction);
            return session;
        }
        FlowSession session = context.initiate(auditor, AuditTearOffFlow.Initiator.class);
        context.send(session, AuditTearOff.of(transaction));
        return session;
    }

    /**
     * Without a limit on attempts: the transaction is final (notarised and recorded here), so giving up
     * on a receiver that is down would only leave it without its copy for good; the wait resends the
     * transaction at each timeout until the receiver is back. ({@code ./chaos} found an adjudication
     * failed after 7.5 minutes of a stopped auditor, the claim settled everywhere but there.)
     */
    private Step awaitAcknowledgement() {
        return Step.receive(awaiting.get(0), FinalityAck.class).withoutLimit();
    }

    /** As Corda: a transaction that consumes, references or times something needs the notary's signature. */
    public static boolean needsNotarySignature(SignedTransaction transaction) {
        return !transaction.getInputs().isEmpty() || !transaction.getReferences().isEmpty()
                || transaction.getTx().getTimeWindow() != null;
    }

    /**
     * An issuance with nothing to consume, rely on or time goes to the notary too, when it has outputs:
     * the notary records who may consume them (their custody), and refuses anyone else later. Its
     * signature is then not added: Corda does not require it, and verifiers refuse a signer not required.
     */
    static boolean needsNotary(SignedTransaction transaction) {
        return needsNotarySignature(transaction) || !transaction.getTx().getOutputs().isEmpty();
    }
}
