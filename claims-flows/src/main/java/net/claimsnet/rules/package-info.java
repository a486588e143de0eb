/**
 * The rules port: what the flows call to scrub a claim before submission and to adjudicate it on receipt,
 * and the claim-history port that adjudication needs. Free of Drools, so the engine can change; the claim
 * speaks the ledger's enumerations, so that there is one claim model per boundary.
 */
package net.claimsnet.rules;
