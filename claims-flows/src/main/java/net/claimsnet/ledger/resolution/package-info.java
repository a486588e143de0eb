/**
 * Resolution: Corda's {@code ServicesForResolution} answered from a node's own stores, so that
 * Corda itself turns wire transactions into ledger transactions and runs the contracts.
 *
 * <p>States of transactions a node knows only as Merkle tear-offs
 * ({@link net.claimsnet.ledger.resolution.TornOffTransaction}: another party's transaction, proven by
 * its id and the notary's and owners' signatures) are resolved from those tear-offs
 * ({@link net.claimsnet.ledger.resolution.ResolutionRoute}), so the node still verifies every
 * contract of what it records without seeing the rest of that transaction or its history.
 */
package net.claimsnet.ledger.resolution;
