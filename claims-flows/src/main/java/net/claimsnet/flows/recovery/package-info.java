/**
 * Ledger recovery (as Corda 4.11's): a node restored from a backup asks each peer for the transactions
 * it took part in that the peer recorded since about when the backup was taken, and records them; the
 * peer hands over only transactions the asker is entitled to. It also asks, for each of its flows that
 * waits on a session with that peer, whether the peer has finished the session since.
 */
package net.claimsnet.flows.recovery;
