package net.claimsnet.flows.engine;

import net.claimsnet.ledger.NodeLedger;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Clock;
import java.util.Optional;

/** What a running flow step may use: its node's ledger and services, and its sessions. */
public interface FlowContext {

    String flowId();

    Party ourIdentity();

    NodeLedger ledger();

    Clock clock();

    /** A service of this node (rules ports, the notary service); fails if the node has none of that type. */
    <S> S service(Class<S> type);

    /** A party on the signed network map; throws {@code UnknownPartyException} otherwise. */
    Party party(CordaX500Name name);

    /** The network's notary. */
    Party notary();

    /** The network's auditor (observer of every finalised transaction), if it has one. */
    Optional<Party> auditor();

    /** Opens a session with a counterparty; the counterparty runs the responder registered for the protocol. */
    FlowSession initiate(Party counterparty, Class<?> protocol);

    /** Sends a message; the engine sends it once this step's checkpoint is written. */
    void send(FlowSession session, Object message);

    /**
     * Sends a transaction and lets the counterparty fetch its back chain from this node (only that
     * transaction's dependencies, for as long as this flow runs).
     */
    void sendTransaction(FlowSession session, SignedTransaction transaction);

    /**
     * Gives up this flow's soft locks now rather than when it ends: what they kept to one flow at a
     * time is decided and recorded, and the flows queued behind may go on.
     */
    void releaseLocks();

    /**
     * What this node knows of a session the counterparty of {@code asking} also takes part in (whether a
     * flow of this node still runs on it, finished it, or never saw it): for a peer restored from a backup,
     * whose flows may wait on sessions this node finished since.
     */
    SessionStatus sessionStatus(FlowSession asking, String sessionId, boolean askerInitiated);

    /** What the wait that just ended delivered: the message, the transaction, or the sub-flow's result. */
    <R> R received(Class<R> type);
}
