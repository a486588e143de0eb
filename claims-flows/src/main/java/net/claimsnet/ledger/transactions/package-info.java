/**
 * Transactions: building wire transactions, signing them with a node's key, checking signatures
 * and contracts, and the Merkle tear-off a non-validating notary receives.
 */
package net.claimsnet.ledger.transactions;
