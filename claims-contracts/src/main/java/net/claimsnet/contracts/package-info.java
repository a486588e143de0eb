/**
 * The contracts that decide which claim, coverage, benefit-accumulator, access-grant and member-consent transactions are valid, for every node alike,
 * and the claim lifecycle ({@link net.claimsnet.contracts.ClaimLifecycle}) that the contract, the desk and the flows share.
 * Deterministic Java 8 code with no I/O or clock: this module's JAR is the attachment each transaction pins by hash.
 */
package net.claimsnet.contracts;
