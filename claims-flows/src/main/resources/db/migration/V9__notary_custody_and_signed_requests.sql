-- The notary (issue 15 item 4): who may consume each output it commits, and the signed request kept
-- with each commit.

-- Transactions committed from now on record their outputs' custody (custody_recorded) and the
-- requester's signed request, encrypted by the node like every serialized column (bound to tx_id).
-- Rows from before stay custody_recorded = false: their outputs are consumed on a signed request alone.
-- inputs_without_custody counts the inputs a commit consumed that way.
alter table notary_transaction add column custody_recorded boolean default false not null;
alter table notary_transaction add column inputs_without_custody integer default 0 not null;
alter table notary_transaction add column signed_request bytea;

-- One row per output and custodian: the fingerprint (Corda's short form, a SHA-256 in base 58) of a
-- participant's public key. Keys only, nothing of the state.
create table notary_custody (
    state_tx_id        varchar(160) not null,
    state_output_index integer      not null,
    custodian          varchar(64)  not null,
    constraint pk_notary_custody primary key (state_tx_id, state_output_index, custodian)
);
