/** Tests of reading a node's identity from its file in config/nodes, including the real files. */
package net.claimsnet.web.node;
