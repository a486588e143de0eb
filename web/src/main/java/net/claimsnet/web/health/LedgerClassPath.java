package net.claimsnet.web.health;

import net.corda.core.contracts.ContractState;

/**
 * Whether the Corda libraries come from the server's system class path, as they must: Corda's
 * attachment class loader has the system class loader as parent, and verification fails in
 * confusing ways when corda-core is a copy inside the application (LEDGER.md).
 */
final class LedgerClassPath {

    private LedgerClassPath() {
    }

    static boolean isOnSystemClassPath() {
        try {
            Class<?> seenBySystem = Class.forName(ContractState.class.getName(), false, ClassLoader.getSystemClassLoader());
            return seenBySystem == ContractState.class;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
