/**
 * Which node this server is: read once from the node's file in config/nodes, whose path the
 * server setup passes as the system property {@code claimsnet.node.config}.
 */
package net.claimsnet.web.node;
