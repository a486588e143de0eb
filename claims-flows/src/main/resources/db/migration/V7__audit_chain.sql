-- The audit log becomes a hash chain (issue 15): each row its number in the chain, the previous row's
-- hash and its own (SHA-256 over its fields and that previous hash). Rows from before have no number
-- until the node's first start chains them; after that, a row without one is an insertion.
alter table audit_log add column chain_seq bigint;
alter table audit_log add column previous_hash varchar(64);
alter table audit_log add column row_hash varchar(64);
create unique index ux_audit_log_chain_seq on audit_log (chain_seq);

-- Signed heads of audit chains: a node's own, and on the auditor every node's it received.
create table audit_chain_head (
    node_name   varchar(300)             not null,
    chain_seq   bigint                   not null,
    row_hash    varchar(64)              not null,
    signed_at   timestamp with time zone not null,
    signature   varchar(400)             not null,
    received_at timestamp with time zone not null,
    constraint pk_audit_chain_head primary key (node_name, chain_seq)
);
