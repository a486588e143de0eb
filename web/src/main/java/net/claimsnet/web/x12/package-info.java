/**
 * The X12 5010 interface of a node under /x12 (HTTP Basic, the desk's roles): the JAX-RS application
 * and its resources, thin over the desk services and the writers in the sub-packages.
 */
package net.claimsnet.web.x12;
