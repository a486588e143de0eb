/**
 * The P2P transport port the flow engine sends and receives envelopes through, and the ports of a
 * node's durable outbox and inbox (JPA in storage.jpa.flow) that the HTTP transport (sub-package http)
 * delivers and deduplicates through. The in-JVM transport a whole network uses in tests and benchmarks,
 * and the in-memory outbox and inbox, are in the tests.
 */
package net.claimsnet.flows.transport;
