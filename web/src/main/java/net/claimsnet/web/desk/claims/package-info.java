/**
 * What every claim reader shares: the claim page (the claim, its lines with their decisions and reason
 * codes in words, its ledger timeline; each role's actions are fragments of the same page), and the claim
 * tables' row ({@link net.claimsnet.web.desk.claims.ClaimRow}) and lazy model over the desk's search.
 */
package net.claimsnet.web.desk.claims;
