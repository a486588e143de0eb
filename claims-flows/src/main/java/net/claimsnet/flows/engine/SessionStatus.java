package net.claimsnet.flows.engine;

/**
 * What a node knows of one session a counterparty asks about ({@link FlowContext#sessionStatus}).
 *
 * @param lastReceived  for a finished session whose last answers the node keeps: the sequence number of the
 *                      counterparty's message those answers follow (they are sent again when that message comes
 *                      again); 0 otherwise
 * @param answersKept   whether the node keeps answers of a finished session the counterparty has not acknowledged
 */
public record SessionStatus(String sessionId, State state, long lastReceived, boolean answersKept) {

    public enum State {
        /** A flow of this node runs (or failed, for an operator) on the session: answers may still come. */
        ACTIVE,
        /** The node's flow on the session ended: nothing more comes on it, beyond the answers it keeps. */
        FINISHED,
        /** The node never took part in the session (its opening message has not arrived). */
        UNKNOWN
    }

    /**
     * Whether a flow waiting on this session, as {@code wait} describes it, can never be answered: the
     * counterparty finished the session, and keeps no answer to the last message the waiting side sent.
     */
    public boolean leavesUnanswered(SessionWait wait) {
        return state == State.FINISHED && !(answersKept && lastReceived == wait.lastSent());
    }
}
