/** Adapters that run the flows on the Drools rules: DroolsScrubRules and DroolsAdjudicationRules behind the flows' rules ports.
 *  Why: the flows speak the ledger model and the rules their own, so these map between them (ledger to rule inputs in RuleInputs only)
 *  and refuse results the contracts would reject. */
package net.claimsnet.flows.rules.drools;
