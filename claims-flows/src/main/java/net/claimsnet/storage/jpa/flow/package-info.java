/**
 * Tables a node must not lose across a restart to resume its flows: checkpoints, finished sessions,
 * the P2P outbox (sent after commit, retried) and inbox (message ids already received).
 */
package net.claimsnet.storage.jpa.flow;
