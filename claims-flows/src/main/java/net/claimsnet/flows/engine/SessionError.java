package net.claimsnet.flows.engine;

import net.corda.core.serialization.CordaSerializable;

/** The payload of a session's END: why the sender's flow stopped. */
@CordaSerializable
public final class SessionError {

    private final String reason;

    public SessionError(String reason) {
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
