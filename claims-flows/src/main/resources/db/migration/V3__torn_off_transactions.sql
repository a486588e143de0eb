-- Tear-offs: other parties' transactions this node knows only as checked Merkle tear-offs that
-- reveal the outputs one of its transactions consumes (see ledger/storage/TornOffTransactionStore).
-- Several rows may share a transaction id when different outputs were needed at different times.
create table torn_off_transaction (
    tx_id        varchar(160)             not null,
    content_hash varchar(64)              not null,
    content      bytea                    not null,
    recorded_at  timestamp with time zone not null,
    constraint pk_torn_off_transaction primary key (tx_id, content_hash)
);
