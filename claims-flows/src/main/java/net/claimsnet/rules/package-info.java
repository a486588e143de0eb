/**
 * The rules port: what the flows call to scrub a claim before submission and to adjudicate it on receipt,
 * and the claim-history port that adjudication needs. Free of Drools and of the ledger, so either can change.
 */
package net.claimsnet.rules;
