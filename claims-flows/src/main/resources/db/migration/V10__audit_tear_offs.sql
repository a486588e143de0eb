-- On the auditor's node: the tear-offs of transactions no access grant opened to it (issue 15 item 5).
-- The tear-off itself (Merkle proof, commands, signatures) is kept encrypted like every serialized
-- transaction; beside it, the figures it states of each claim (no PHI), for the auditor's desk.
create table audit_tear_off (
    tx_id       varchar(160)             not null,
    sender      varchar(300)             not null,
    received_at timestamp with time zone not null,
    content     bytea                    not null,
    constraint pk_audit_tear_off primary key (tx_id)
);

create table audit_tear_off_claim (
    tx_id         varchar(160)             not null,
    output_index  integer                  not null,
    claim_id      varchar(36)              not null,
    provider      varchar(300)             not null,
    insurer       varchar(300)             not null,
    status        varchar(40)              not null,
    charged       numeric(14, 2)           not null,
    paid          numeric(14, 2),
    patient_share numeric(14, 2),
    settled       numeric(14, 2),
    sender        varchar(300)             not null,
    received_at   timestamp with time zone not null,
    constraint pk_audit_tear_off_claim primary key (tx_id, output_index)
);
create index ix_audit_tear_off_claim_claim on audit_tear_off_claim (claim_id, received_at);
create index ix_audit_tear_off_claim_received on audit_tear_off_claim (received_at);
