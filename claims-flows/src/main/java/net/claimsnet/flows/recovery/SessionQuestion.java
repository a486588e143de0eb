package net.claimsnet.flows.recovery;

import net.corda.core.serialization.CordaSerializable;

/** A restored node to a peer: how is this session of ours doing on your side? */
@CordaSerializable
public final class SessionQuestion {

    private final String sessionId;
    private final boolean askerInitiated;

    public SessionQuestion(String sessionId, boolean askerInitiated) {
        this.sessionId = sessionId;
        this.askerInitiated = askerInitiated;
    }

    public String getSessionId() {
        return sessionId;
    }

    /** Whether the asking node opened the session (else the peer did). */
    public boolean isAskerInitiated() {
        return askerInitiated;
    }
}
