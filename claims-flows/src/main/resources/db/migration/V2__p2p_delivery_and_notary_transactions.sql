-- P2P over HTTP (issue 5) and the notary's record of whole transactions.

-- Outbox: a message its recipient refused for good (a 4xx from its P2P endpoint) is kept, with the
-- reason, for an operator; a delivered message keeps its row but not its payload (PHI is not kept
-- longer than delivery needs it).
alter table outbox_message add column refused_at timestamp with time zone;
alter table outbox_message alter column payload drop not null;

-- Inbox: the flow engine records the ids it processed here too, also of messages that came through
-- a transport that keeps no inbox row (the sender is then not known). The payload column holds the
-- whole envelope until the engine processed it.
alter table inbox_message alter column sender drop not null;
create index ix_inbox_unprocessed on inbox_message (processed_at, received_at);

-- Notary: every transaction it committed, also one without inputs, and who asked: a retried
-- request for a committed transaction is answered with a signature again.
create table notary_transaction (
    tx_id            varchar(160)             not null,
    requesting_party varchar(255)             not null,
    committed_at     timestamp with time zone not null,
    constraint pk_notary_transaction primary key (tx_id)
);
