/** Tests of the network bootstrap: what it generates, that a second run changes nothing, what a node refuses. */
package net.claimsnet.node.bootstrap;
