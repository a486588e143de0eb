/**
 * Storage ports of the ledger kernel (transactions, vault) and their in-memory implementations;
 * the server wires JPA implementations of the same ports.
 */
package net.claimsnet.ledger.storage;
