-- Claims gain a lookup key (their provider): every unconsumed state's keys are written again when
-- the node starts (JpaVaultStore.indexLookupKeys indexes the rows whose keys_indexed is false).
delete from vault_state_key;
update vault_state set keys_indexed = false where consumed = false and content is not null;
