package net.claimsnet.flows.engine;

import net.claimsnet.ledger.NodeLedger;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Back-chain resolution as the engine uses it, contributed by the resolution package (listed in
 * {@code META-INF/services/net.claimsnet.flows.engine.BackChains}): a flow that receives a
 * transaction waits until the dependencies its node lacks are fetched from the sender, verified and
 * recorded; a flow that sent one lets its counterparty fetch that transaction's back chain, and no more.
 */
public interface BackChains {

    /** Starts resolving a received transaction (saved in the flow's checkpoint while it waits). */
    Resolution resolve(SignedTransaction received);

    /** The transactions a counterparty may fetch once it was sent this one: its direct dependencies. */
    Collection<SecureHash> dependencies(SignedTransaction sent);

    /** What a counterparty may fetch on a session on which these transactions were sent. */
    FetchPermit permit(List<SecureHash> sent);

    /** The answer, at that instant (the auditor's grants are in force or not), to a counterparty's fetch request on such a session. */
    Object serve(Object request, FetchPermit permit, NodeLedger ledger, CordaX500Name counterparty, Instant at);

    /** Whether a message is an answer to a fetch request (anything else on that channel is a peer's error). */
    boolean isFetchResponse(Object message);

    /** The answer to a fetch for a session this node no longer runs. */
    Object refusal(String reason);

    /** The transactions a counterparty may fetch on one session; grows as the flow sends more. */
    interface FetchPermit {
        void sent(SecureHash transactionId);
    }

    /** One transaction's resolution in progress: what is missing, asked for, and received so far. */
    interface Resolution extends Checkpointable {

        SignedTransaction top();

        /** The dependencies this node does not have yet and has not received. */
        List<SecureHash> missing(NodeLedger ledger);

        /** What was asked for and has not arrived (asked again after a timeout or a restart). */
        List<SecureHash> outstanding();

        void requesting(List<SecureHash> ids);

        /** The fetch request for what is being asked for. */
        Object request();

        /** Takes in the sender's answer to a fetch request (one {@link BackChains#isFetchResponse} accepts). */
        void acceptResponse(Object response, String sender, NodeLedger ledger);

        /** Once nothing is missing: verifies the chain from the oldest and records it. */
        void verifyAndRecord(NodeLedger ledger, boolean observer);
    }
}
