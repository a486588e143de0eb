/**
 * The non-validating notary: it sees only a transaction's Merkle tear-off (inputs, references, time
 * window, notary, and the custody of the outputs: participants' keys), takes requests signed by their
 * requester, refuses double spends, late or early time windows and requesters that are not participants
 * of an input, and signs the id otherwise, keeping the signed request with the commit. The request and
 * the signature travel in the flows' lean wire encoding (the tear-off written field by field by
 * {@code ledger.serialization.TearOffCodec}), a refusal as an AMQP document.
 */
package net.claimsnet.flows.notary;
