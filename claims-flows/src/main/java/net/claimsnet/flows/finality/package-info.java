/**
 * Finality, shared by every ledger flow: collecting the counterparties' signatures, notarising,
 * recording, and sending the finished transaction to its participants and to the auditor, who each
 * resolve and verify it (and its back chain) before recording it.
 */
package net.claimsnet.flows.finality;
