package net.claimsnet.storage.jpa;

import java.util.List;

/** Empties every table of the node schema between tests (the schema itself stays migrated). */
final class StorageTables {

    private static final List<String> TABLES = List.of("ledger_transaction", "torn_off_transaction", "vault_state_key", "vault_state", "attachment",
            "flow_checkpoint", "finished_session", "outbox_message", "inbox_message", "notary_commit", "notary_custody", "notary_transaction",
            "network_map", "network_map_node", "app_user_role", "app_user", "audit_log", "audit_chain_head",
            "filing_reservation", "api_idempotency_key", "audit_tear_off", "audit_tear_off_claim");

    private StorageTables() {
    }

    static void clear(DatabaseTransactions database) {
        database.run(em -> {
            for (String table : TABLES) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }
}
