package net.claimsnet.flows.engine;

import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a flow restored from a backup waits on a session its peer can never answer again. */
class SessionStatusTest {

    private static final CordaX500Name PEER = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    /** Waiting for the answer to its third message. */
    private static final SessionWait WAIT = new SessionWait("flow-1", "SomeFlow", "session-1", PEER, true, 3, 2);

    @Test
    void a_session_the_peer_finished_without_answers_kept_leaves_the_flow_unanswered() {
        assertThat(new SessionStatus("session-1", SessionStatus.State.FINISHED, 0, false).leavesUnanswered(WAIT)).isTrue();
    }

    @Test
    void a_session_the_peer_finished_keeping_answers_to_a_later_message_leaves_the_flow_unanswered() {
        assertThat(new SessionStatus("session-1", SessionStatus.State.FINISHED, 5, true).leavesUnanswered(WAIT)).isTrue();
    }

    @Test
    void a_session_the_peer_finished_keeping_the_answer_to_the_flows_last_message_is_answered_again() {
        assertThat(new SessionStatus("session-1", SessionStatus.State.FINISHED, 3, true).leavesUnanswered(WAIT)).isFalse();
    }

    @Test
    void a_session_the_peer_still_runs_or_never_saw_may_still_be_answered() {
        assertThat(new SessionStatus("session-1", SessionStatus.State.ACTIVE, 0, false).leavesUnanswered(WAIT)).isFalse();
        assertThat(new SessionStatus("session-1", SessionStatus.State.UNKNOWN, 0, false).leavesUnanswered(WAIT)).isFalse();
    }
}
