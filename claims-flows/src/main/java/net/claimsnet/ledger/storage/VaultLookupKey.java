package net.claimsnet.ledger.storage;

import net.corda.core.contracts.ContractState;

/**
 * What a vault indexes its unconsumed states by, besides class and linear id, so that a flow finds
 * the few states it needs (a member's coverage, accumulator and earlier claims) without reading
 * every state the node holds. The kernel knows no claims: the node gives its vault the key its
 * states are looked up by ({@code MemberLookupKey} on a claims node).
 */
@FunctionalInterface
public interface VaultLookupKey {

    /** A vault that indexes no key: {@link VaultStore#unconsumedWithKey} is refused on it. */
    VaultLookupKey NONE = state -> null;

    /** The state's key, or null when it has none (it is then found only by class or linear id). */
    String of(ContractState state);
}
