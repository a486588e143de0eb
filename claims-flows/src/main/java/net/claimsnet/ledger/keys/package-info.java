/**
 * Node keys: each node's Ed25519 signing key, generated at setup into a PKCS12 keystore that
 * stays on the node's machine (never in the repository).
 */
package net.claimsnet.ledger.keys;
