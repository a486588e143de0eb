-- The vault's lookup key (ledger/storage/VaultLookupKey: on a claims node, the member a claim,
-- coverage or accumulator is about), as a SHA-256 in hex so that the index itself names nobody.
-- A flow reads a member's states by it instead of every unconsumed state of a class.
-- Rows recorded before this column: JpaVaultStore.indexLookupKeys fills it when the node starts
-- ('' = the state has no key).
alter table vault_state add column lookup_key varchar(64);
create index ix_vault_state_lookup on vault_state (lookup_key, consumed);
