/**
 * Storage ports of the ledger kernel (transactions, vault, and the tear-offs of transactions a node
 * knows only in part) and their in-memory implementations; the server wires JPA implementations of
 * the same ports.
 */
package net.claimsnet.ledger.storage;
