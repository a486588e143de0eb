/**
 * The ports through which flows ask the rules for decisions (provider-side scrubbing, insurer-side
 * adjudication), with simple deterministic implementations; the Drools rules are wired behind them later.
 */
package net.claimsnet.flows.rules;
