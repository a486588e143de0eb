-- One claim per provider claim id (issue 17): the filing that took a claim id, with the fingerprint
-- (SHA-256) of the details it filed and the flow that files them. Written in the same transaction as
-- that flow's first checkpoint, so the primary key decides between two filings of one id.
create table filing_reservation (
    provider          varchar(300)             not null,
    provider_claim_id varchar(100)             not null,
    details_hash      varchar(64)              not null,
    flow_id           varchar(100)             not null,
    reserved_at       timestamp with time zone not null,
    constraint pk_filing_reservation primary key (provider, provider_claim_id)
);

-- Idempotency-Key header of POSTs under /api/claims (draft-ietf-httpapi-idempotency-key-header): per
-- user and key, the request's fingerprint and, once answered, the answer to replay. A row without a
-- status is a request still in progress. Rows are kept 24 hours, then purged.
create table api_idempotency_key (
    username         varchar(200)             not null,
    idempotency_key  varchar(255)             not null,
    request_hash     varchar(64)              not null,
    status_code      integer,
    content_type     varchar(200),
    response_body    bytea,
    location         varchar(1000),
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    constraint pk_api_idempotency_key primary key (username, idempotency_key)
);
create index ix_api_idempotency_key_expires on api_idempotency_key (expires_at);
