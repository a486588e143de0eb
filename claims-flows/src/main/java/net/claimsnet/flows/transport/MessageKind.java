package net.claimsnet.flows.transport;

/** What an envelope does in a session. */
public enum MessageKind {
    /** Opens a session: names the protocol (the initiating flow) and carries its first message. */
    INIT,
    /** A flow message on an open session. */
    DATA,
    /** The sender's flow ended the session with an error; the payload says why. */
    END,
    /** The receiver of a transaction asks for transactions of its back chain. */
    FETCH_REQUEST,
    /** The answer to a fetch request. */
    FETCH_RESPONSE;

    /**
     * Whether it belongs to a session's conversation: the engine records it as processed in a checkpoint
     * (a fetch it answers or asks again at once, and records at once).
     */
    public boolean isSession() {
        return this == INIT || this == DATA || this == END;
    }
}
