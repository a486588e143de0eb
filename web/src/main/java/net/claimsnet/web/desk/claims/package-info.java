/**
 * The claim page every claim reader shares: the claim, its lines with their decisions and reason codes
 * in words, and its ledger timeline; each role's actions are fragments of the same page.
 */
package net.claimsnet.web.desk.claims;
