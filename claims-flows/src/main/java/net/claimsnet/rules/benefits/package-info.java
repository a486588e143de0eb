/**
 * The member's cost sharing as plain, exact arithmetic: deductible, then copay, then coinsurance, capped by
 * the out-of-pocket maximum and the category's benefit maximum. Rules decide the terms; this computes the cents.
 */
package net.claimsnet.rules.benefits;
