/**
 * Corda's AMQP serialization, installed once per JVM for P2P and storage, with a public-key
 * serializer that keeps decoded keys (the same wire form as Corda's, a fraction of the cost).
 * Each node remembers what it decoded lately: whole transactions by their message bytes
 * ({@link net.claimsnet.ledger.serialization.ParsedTransactions}) and states and commands by their
 * component bytes ({@link net.claimsnet.ledger.serialization.DecodedComponents}, consulted by the
 * JVM's serialization factory for the node whose work runs on the thread).
 */
package net.claimsnet.ledger.serialization;
