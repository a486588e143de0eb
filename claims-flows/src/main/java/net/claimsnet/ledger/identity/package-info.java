/**
 * Who is on the network: node roles, the network map signed by the operator's key, and Corda's
 * identity service answered from that map. A node trusts no identity that the operator did not sign.
 */
package net.claimsnet.ledger.identity;
