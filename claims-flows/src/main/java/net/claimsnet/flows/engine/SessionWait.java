package net.claimsnet.flows.engine;

import net.corda.core.identity.CordaX500Name;

/**
 * A flow waiting for its counterparty's next message on one session, as its checkpoint left it: what a
 * node restored from a backup asks its peers about, since a peer may have finished that session after
 * the backup was taken (its answers then went to the node's lost database and will never come again).
 *
 * @param lastSent     the sequence number of this side's last message on the session (0 if none)
 * @param lastConsumed the sequence number of the counterparty's last message the flow took in
 */
public record SessionWait(String flowId, String flowName, String sessionId, CordaX500Name counterparty,
                          boolean initiator, long lastSent, long lastConsumed) {
}
