/**
 * The P2P transport port the flow engine sends and receives envelopes through, and the in-JVM
 * implementation (deterministic or threaded) that a whole network uses in tests and benchmarks.
 */
package net.claimsnet.flows.transport;
