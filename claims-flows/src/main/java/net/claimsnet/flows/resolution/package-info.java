/**
 * Back-chain resolution: a node that receives a transaction fetches the dependencies it lacks from
 * the sender, which serves only the back chain of what it sent, and verifies each before recording it.
 *
 * <p>Privacy across claims: a dependency that carries a third party's states (another provider's
 * claim, adjudicated against the same member's benefit accumulator) is served only as a Merkle
 * tear-off of the states the requester named ({@link net.claimsnet.flows.resolution.BackChainServer}),
 * checked on arrival (proof to the id, the notary's and the states' owners' signatures) and kept
 * as a partly known transaction that ends the walk back. The auditor gets whole what its grants open, tear-offs otherwise.
 */
package net.claimsnet.flows.resolution;
