/**
 * The rules port's vocabulary: the ledger-independent claim, coverage and accumulator inputs, and the
 * scrub findings and adjudication results that come back. Plain immutable values, so that the flows
 * can map ledger states to them and record what the rules decided.
 */
package net.claimsnet.rules.model;
