/**
 * The adjuster's desk on an insurer node: the work queue, the actions on a claim (rules or manual
 * decision per line, request information, pend, release payment), batch payment in the background,
 * and the member view (coverages, accumulators, claims). All through the desk services, never the ledger.
 */
package net.claimsnet.web.desk.adjuster;
