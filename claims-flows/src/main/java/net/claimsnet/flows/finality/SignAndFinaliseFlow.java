package net.claimsnet.flows.finality;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.transactions.TimeWindowRenewal;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.transactions.SignedTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The proposer's side of a transaction its counterparties sign: collects their signatures
 * ({@link CollectSignaturesFlow}), then notarises, records and distributes it ({@link FinalityFlow}).
 *
 * <p>A transaction with a time window (a filing, which proves when it was filed) outlives a notary
 * that is down longer than the window lasts: the notary, back, refuses the window; nothing was
 * consumed, so the same transaction is built again with a fresh window of the same shape around
 * this node's time, signed, and sent to the same counterparties, who check that only the window
 * changed and sign again ({@link SignTransactionFlow}). A notary that refuses {@value #MAX_RENEWALS}
 * fresh windows in a row has a clock far from this node's: the flow then fails and says so.
 */
public final class SignAndFinaliseFlow extends FlowLogic<SignedTransaction> {

    /** Fresh windows tried before the flow gives up on the notary's clock. */
    static final int MAX_RENEWALS = 3;

    private enum Stage { START, SIGNED, FINALISED }

    private SignedTransaction proposal;
    private final List<FlowSession> sessions;
    /** The window's shape: how long before and after this node's time it opens and closes, in milliseconds. */
    private final long windowBeforeMillis;
    private final long windowAfterMillis;
    private int renewals;
    private Stage stage = Stage.START;

    /**
     * @param proposal     this node's signed proposal
     * @param sessions     the counterparties who sign it and receive it finished
     * @param windowBefore for a renewed time window: how long before this node's time it opens
     * @param windowAfter  for a renewed time window: how long after this node's time it closes
     */
    public SignAndFinaliseFlow(SignedTransaction proposal, List<FlowSession> sessions, Duration windowBefore, Duration windowAfter) {
        this.proposal = proposal;
        this.sessions = new ArrayList<>(sessions);
        this.windowBeforeMillis = windowBefore.toMillis();
        this.windowAfterMillis = windowAfter.toMillis();
    }

    @Override
    protected Step call(FlowContext context) {
        switch (stage) {
            case START:
                stage = Stage.SIGNED;
                return Step.subFlow(new CollectSignaturesFlow(proposal, sessions));
            case SIGNED:
                stage = Stage.FINALISED;
                return Step.subFlow(FinalityFlow.renewingTimeWindow(context.received(SignedTransaction.class), sessions));
            case FINALISED:
            default: {
                SignedTransaction finished = context.received(SignedTransaction.class);
                if (finished != null) {
                    return done(finished);
                }
                return renew(context);
            }
        }
    }

    private Step renew(FlowContext context) {
        if (renewals == MAX_RENEWALS) {
            throw new FlowException("The notary refused the time window of transaction " + proposal.getId() + " "
                    + (MAX_RENEWALS + 1) + " times, the last one made fresh at this node's time "
                    + context.clock().instant() + ": the notary's clock and this node's disagree; an operator should compare them");
        }
        renewals++;
        Instant now = context.clock().instant();
        TimeWindow fresh = TimeWindow.between(now.minusMillis(windowBeforeMillis), now.plusMillis(windowAfterMillis));
        proposal = context.ledger().sign(TimeWindowRenewal.renew(proposal.getTx(), fresh));
        stage = Stage.SIGNED;
        return Step.subFlow(new CollectSignaturesFlow(proposal, sessions));
    }
}
