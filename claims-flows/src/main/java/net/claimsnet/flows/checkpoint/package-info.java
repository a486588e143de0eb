/**
 * Port for what a node must not lose when it restarts: flow checkpoints, the ids of messages
 * already processed (inbox dedup) and what finished sessions last sent; a node keeps them in
 * {@code net.claimsnet.storage.jpa.flow.JpaCheckpointStore} (the tests use an in-memory one of their own).
 */
package net.claimsnet.flows.checkpoint;
