package net.claimsnet.flows.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which responder a node runs when a counterparty opens a session for a protocol (named by the
 * initiating flow's class, e.g. {@code SubmitClaimFlow.Initiator}). A node registers only the
 * responders of its role; a session for any other protocol is refused.
 */
public final class FlowRegistry {

    private final Map<String, Function<FlowSession, FlowLogic<?>>> responders = new HashMap<>();

    public FlowRegistry responder(Class<?> initiator, Function<FlowSession, FlowLogic<?>> factory) {
        responders.put(initiator.getName(), factory);
        return this;
    }

    public Function<FlowSession, FlowLogic<?>> responderFor(String protocol) {
        return protocol == null ? null : responders.get(protocol);
    }
}
