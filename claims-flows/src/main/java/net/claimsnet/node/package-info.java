/**
 * A node assembled from the ledger kernel, the flow engine and its services, over durable stores
 * that outlive a restart; and the in-JVM network of five nodes (MockNetwork's role) for tests and benchmarks.
 */
package net.claimsnet.node;
