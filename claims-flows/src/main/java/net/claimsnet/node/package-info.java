/**
 * A node assembled from the ledger kernel, the flow engine and its services, over durable stores
 * that outlive a restart and that it is always given ({@link net.claimsnet.node.NodeStores}: a server's
 * JPA stores). The in-JVM network of five nodes (MockNetwork's role) and its in-memory stores are in the tests.
 */
package net.claimsnet.node;
