package net.claimsnet.flows.engine;

import net.claimsnet.ledger.NodeLedger;

import java.time.Clock;

/** The node a flow engine runs in, as its flows see it. */
public interface NodeServices {

    NodeLedger ledger();

    Clock clock();

    /** A service of the node by type (rules ports, the notary service); throws if the node has none. */
    <S> S service(Class<S> type);

    /** Whether this node keeps every state of what it records (an observer such as the auditor) or only its own. */
    boolean observer();
}
