/**
 * Corda's AMQP serialization, installed once per JVM for P2P and storage, with a public-key
 * serializer that keeps decoded keys (the same wire form as Corda's, a fraction of the cost).
 * Each node remembers what it decoded lately: whole transactions by their message bytes
 * ({@link net.claimsnet.ledger.serialization.ParsedTransactions}) and states and commands by their
 * component bytes ({@link net.claimsnet.ledger.serialization.DecodedComponents}, consulted by the
 * JVM's serialization factory for the node whose work runs on the thread).
 *
 * <p>Every AMQP envelope carries the schema of its types, most of its bytes; the JVM encodes each
 * schema once and parses each once ({@link net.claimsnet.ledger.serialization.RememberedSchemas}):
 * the factory has Corda write the object alone ({@link net.claimsnet.ledger.serialization.SchemaLeavingOutput})
 * and closes the envelope with the remembered schema bytes, and when reading, finds the parts in the
 * bytes ({@link net.claimsnet.ledger.serialization.EnvelopeLayout}) and hands Corda the envelope with
 * the remembered schema. What is written stays Corda's AMQP byte for byte (tests compare it with
 * Corda's own output), readable by any Corda node.
 */
package net.claimsnet.ledger.serialization;
