/**
 * The non-validating notary: it sees only a transaction's Merkle tear-off (inputs, references, time
 * window, notary), refuses double spends and late or early time windows, and signs the id otherwise.
 */
package net.claimsnet.flows.notary;
