/**
 * The node inside its Payara server: {@link net.claimsnet.node.server.NodeRuntime}, a startup
 * singleton of the EAR's EJB module, builds the organisation's {@link net.claimsnet.node.Node} from
 * its file in config/nodes, the key and signed network map the bootstrap generated under .network,
 * the JPA stores, the P2P transport and the Drools rules of its role, and stops it with the application.
 * After a rotation of the column keys, {@code ReencryptionAfterRotation} rewrites the older values with
 * the current key while the node serves. The node's own threads for work no person waits on as it runs
 * (flows, P2P, timers) come from {@link net.claimsnet.node.server.LowPriorityThreads}: on a busy CPU the
 * desk's and the API's requests go first; the threads a request waits for (the audit log's writer) do not.
 */
package net.claimsnet.node.server;
