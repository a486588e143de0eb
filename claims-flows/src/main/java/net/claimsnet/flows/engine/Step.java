package net.claimsnet.flows.engine;

import java.util.Objects;

/** What a flow does next: wait for something, run a sub-flow, or end with its result. */
public final class Step {

    public enum Kind { RECEIVE, RECEIVE_TRANSACTION, SUB_FLOW, LOCK, DONE }

    private final Kind kind;
    private final FlowSession session;
    private final Class<?> expected;
    private final FlowLogic<?> subFlow;
    private final String lockKey;
    private final Object result;
    private final boolean withoutLimit;

    private Step(Kind kind, FlowSession session, Class<?> expected, FlowLogic<?> subFlow, String lockKey, Object result) {
        this(kind, session, expected, subFlow, lockKey, result, false);
    }

    private Step(Kind kind, FlowSession session, Class<?> expected, FlowLogic<?> subFlow, String lockKey, Object result,
                 boolean withoutLimit) {
        this.kind = kind;
        this.session = session;
        this.expected = expected;
        this.subFlow = subFlow;
        this.lockKey = lockKey;
        this.result = result;
        this.withoutLimit = withoutLimit;
    }

    /** Waits for the next message on the session; it must be of the given type. */
    public static Step receive(FlowSession session, Class<?> type) {
        return new Step(Kind.RECEIVE, Objects.requireNonNull(session), Objects.requireNonNull(type), null, null, null);
    }

    /**
     * Waits for a {@code SignedTransaction} on the session and resolves its back chain: whatever
     * dependencies this node lacks are fetched from the sender, verified and recorded before the flow
     * resumes with the transaction itself (which the flow then verifies as its role requires).
     */
    public static Step receiveTransaction(FlowSession session) {
        return new Step(Kind.RECEIVE_TRANSACTION, Objects.requireNonNull(session), null, null, null, null);
    }

    /** Runs another flow on this flow's sessions; this flow resumes with its result. */
    public static Step subFlow(FlowLogic<?> flow) {
        return new Step(Kind.SUB_FLOW, null, null, Objects.requireNonNull(flow), null, null);
    }

    /**
     * Takes a soft lock (e.g. on a member's benefit accumulator), waiting while another flow of
     * this node holds it. Locks are held until the flow ends or fails.
     */
    public static Step lock(String key) {
        return new Step(Kind.LOCK, null, null, null, Objects.requireNonNull(key), null);
    }

    public static Step done(Object result) {
        return new Step(Kind.DONE, null, null, null, null, result);
    }

    /**
     * The same wait, resent at each timeout but never given up: for an answer the counterparty can
     * only give once a third party has answered it (the notary, which may be down for a while), so
     * that its silence is no sign that it is gone. Such a flow stays RUNNING, waiting, in the
     * operator's list of flows.
     */
    public Step withoutLimit() {
        if (kind != Kind.RECEIVE && kind != Kind.RECEIVE_TRANSACTION) {
            throw new IllegalStateException("Only a wait for a message or a transaction can be without limit, not " + kind);
        }
        return new Step(kind, session, expected, subFlow, lockKey, result, true);
    }

    public boolean waitsWithoutLimit() {
        return withoutLimit;
    }

    public Kind kind() {
        return kind;
    }

    public FlowSession session() {
        return session;
    }

    public Class<?> expected() {
        return expected;
    }

    public FlowLogic<?> subFlow() {
        return subFlow;
    }

    public String lockKey() {
        return lockKey;
    }

    public Object result() {
        return result;
    }
}
