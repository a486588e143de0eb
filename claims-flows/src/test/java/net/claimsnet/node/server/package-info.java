/** Tests of a node assembled as its server assembles it: bootstrap files, stores, rules, threads. */
package net.claimsnet.node.server;
