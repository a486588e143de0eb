/**
 * The node inside its Payara server: {@link net.claimsnet.node.server.NodeRuntime}, a startup
 * singleton of the EAR's EJB module, builds the organisation's {@link net.claimsnet.node.Node} from
 * its file in config/nodes, the key and signed network map the bootstrap generated under .network,
 * the JPA stores, the P2P transport and the Drools rules of its role, and stops it with the application.
 * After a rotation of the column keys, {@code ReencryptionAfterRotation} rewrites the older values with
 * the current key while the node serves.
 */
package net.claimsnet.node.server;
