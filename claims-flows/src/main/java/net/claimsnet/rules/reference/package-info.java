/**
 * The operator-edited reference data in config/reference (plans, benefits, fee schedules, code lists,
 * edits), parsed once per rule-set build into Java maps so that rules look values up without scanning.
 */
package net.claimsnet.rules.reference;
