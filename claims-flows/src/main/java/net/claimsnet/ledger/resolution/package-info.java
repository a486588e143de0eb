/**
 * Resolution: Corda's {@code ServicesForResolution} answered from a node's own stores, so that
 * Corda itself turns wire transactions into ledger transactions and runs the contracts.
 */
package net.claimsnet.ledger.resolution;
