/**
 * The facts the rule files reason over: a claim and its lines, enriched with the reference data that
 * applies to them, and the decisions the rules record on them (with the name of the rule that decided).
 */
package net.claimsnet.rules.fact;
