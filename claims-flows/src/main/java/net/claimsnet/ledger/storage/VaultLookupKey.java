package net.claimsnet.ledger.storage;

import net.corda.core.contracts.ContractState;

import java.util.Set;

/**
 * What a vault indexes its unconsumed states by, besides class and linear id, so that a flow or a
 * desk finds the few states it needs (a member's coverage, accumulator and earlier claims, the
 * claims waiting in one status, a claim by its business id) without reading every state the node
 * holds. The kernel knows no claims: the node gives its vault the keys its states are looked up by
 * ({@code ClaimLookupKeys} on a claims node). A state may have several keys, or none.
 */
@FunctionalInterface
public interface VaultLookupKey {

    /** A vault that indexes no key: {@link VaultStore#unconsumedWithKey} is refused on it. */
    VaultLookupKey NONE = state -> Set.of();

    /** The state's keys; empty when it has none (it is then found only by class or linear id). */
    Set<String> keysOf(ContractState state);
}
