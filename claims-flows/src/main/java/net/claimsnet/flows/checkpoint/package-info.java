/**
 * Port for what a node must not lose when it restarts: flow checkpoints, the ids of messages
 * already processed (inbox dedup) and what finished sessions last sent; in memory here, JPA in
 * {@code net.claimsnet.storage.jpa.flow.JpaCheckpointStore}.
 */
package net.claimsnet.flows.checkpoint;
