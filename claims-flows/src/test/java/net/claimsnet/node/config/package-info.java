/** Tests of reading and checking the node files of config/nodes. */
package net.claimsnet.node.config;
