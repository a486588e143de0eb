package net.claimsnet.flows.engine;

/** The counterparty's flow ended the session with an error while this flow still needed it. */
public class UnexpectedFlowEndException extends FlowException {
    public UnexpectedFlowEndException(String message) {
        super(message);
    }
}
