/**
 * The ledger kernel: Corda 4's transaction model (states, contracts, signatures, Merkle tear-offs)
 * run without a Corda node, so that a node is plain Java that a Jakarta EE server or a test can host.
 * Sub-packages hold serialization, identities, attachments, resolution, transactions and storage ports.
 */
package net.claimsnet.ledger;
