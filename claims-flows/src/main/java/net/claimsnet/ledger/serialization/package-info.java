/**
 * Corda's AMQP serialization, installed once per JVM for P2P and storage, with a public-key
 * serializer that keeps decoded keys (the same wire form as Corda's, a fraction of the cost).
 */
package net.claimsnet.ledger.serialization;
