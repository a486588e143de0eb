/**
 * A node's configuration as the operator writes it in {@code config/nodes/<id>.properties} (every
 * key documented in config/nodes/README.md): identity, role, host and ports, database, peers.
 * Read by the bootstrap (for every node) and by the node's runtime in its server (for itself).
 */
package net.claimsnet.node.config;
