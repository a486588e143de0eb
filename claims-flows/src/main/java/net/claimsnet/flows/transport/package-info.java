/**
 * The P2P transport port the flow engine sends and receives envelopes through, the in-JVM
 * implementation (deterministic or threaded) that a whole network uses in tests and benchmarks,
 * and the ports of a node's durable outbox and inbox (in memory here, JPA in storage.jpa.flow)
 * that the HTTP transport (sub-package http) delivers and deduplicates through.
 */
package net.claimsnet.flows.transport;
