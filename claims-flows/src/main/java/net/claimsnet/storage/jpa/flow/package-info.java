/**
 * Tables a node must not lose across a restart to resume its flows, and their adapters:
 * checkpoints and finished sessions ({@link net.claimsnet.storage.jpa.flow.JpaCheckpointStore}, one
 * transaction per step, which also queues what the step sends), the P2P outbox
 * ({@link net.claimsnet.storage.jpa.flow.JpaOutboxStore}: sent once that transaction has committed,
 * retried, refusals kept) and inbox ({@link net.claimsnet.storage.jpa.flow.JpaInboxStore}:
 * message ids received, envelopes kept until processed).
 */
package net.claimsnet.storage.jpa.flow;
