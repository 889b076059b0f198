-- Changes waiting to reach the search index. Written in the same transaction as the change, so
-- the index can never miss one; the relay deletes a row once OpenSearch has it.
CREATE TABLE search_outbox (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    entity_type     VARCHAR(16) NOT NULL,             -- SCENARIO | PROVIDER
    entity_id       BIGINT      NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3) NOT NULL,
    claimed_by      VARCHAR(64) NULL,                 -- the app instance working on it
    claimed_until   DATETIME(3) NULL,                 -- after this another instance may take it
    created_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_search_outbox_due (next_attempt_at, claimed_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
