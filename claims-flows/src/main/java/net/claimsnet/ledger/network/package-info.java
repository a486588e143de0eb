/**
 * Network bootstrap: node keys, the operator-signed network map and the network parameters,
 * generated once, as Corda's network bootstrapper does, for an in-JVM network or for real nodes.
 */
package net.claimsnet.ledger.network;
