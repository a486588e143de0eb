package net.claimsnet.flows.engine;

/**
 * A flow refuses to go on, for a reason its counterparties may read (a responder that will not
 * sign, a claim that fails scrubbing). The engine ends the flow's sessions with this message.
 */
public class FlowException extends RuntimeException {
    public FlowException(String message) {
        super(message);
    }

    public FlowException(String message, Throwable cause) {
        super(message, cause);
    }
}
