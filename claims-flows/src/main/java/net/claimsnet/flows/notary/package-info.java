/**
 * The non-validating notary: it sees only a transaction's Merkle tear-off (inputs, references, time
 * window, notary), refuses double spends and late or early time windows, and signs the id otherwise.
 * The request and the signature travel in the flows' lean wire encoding (the tear-off written field
 * by field by {@code ledger.serialization.TearOffCodec}), a refusal as an AMQP document.
 */
package net.claimsnet.flows.notary;
