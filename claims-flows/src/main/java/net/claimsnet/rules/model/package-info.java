/**
 * The rules port's vocabulary: the claim, coverage and accumulator inputs, and the scrub findings and
 * adjudication results that come back. Plain immutable values on the ledger's own enumerations (claim
 * type, sex, frequency); the flows map ledger states to them in one place (flows.rules.drools.RuleInputs).
 */
package net.claimsnet.rules.model;
