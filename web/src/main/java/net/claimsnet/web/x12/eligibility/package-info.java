/**
 * Eligibility in X12 (005010X279A1): a 270 inquiry read with StAEDI and checked for what an answer
 * needs, and the 271 written from the insurer's coverage and benefit accumulators.
 */
package net.claimsnet.web.x12.eligibility;
