/**
 * Finality, shared by every ledger flow: collecting the counterparties' signatures, notarising,
 * recording, and sending the finished transaction to its participants and to the auditor, who each
 * resolve and verify it (and its back chain) before recording it. A proposal with a time window
 * outlives a notary that was down past it ({@code SignAndFinaliseFlow}: built again with a fresh
 * window, checked and signed again), and the waits on the notary's answer have no limit.
 */
package net.claimsnet.flows.finality;
