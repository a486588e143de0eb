/**
 * A node restored from a backup catches up: ledger recovery from each peer (the auditor first, which
 * observes every transaction in full), then the flows the backup resumed that wait on sessions their
 * peers finished since are abandoned with that reason, and a provider's filing reservations are derived
 * again from the claims it recovered, so that a claim id filed after the backup is still refused twice.
 */
package net.claimsnet.node.recovery;
