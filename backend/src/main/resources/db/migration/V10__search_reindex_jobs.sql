-- Admin reindexes: each builds new physical indices from MySQL and swaps the aliases. The row is
-- the job's status for any replica to report; while RUNNING its target indices also receive the
-- outbox relay's changes, so nothing written during the build is missing after the swap.
CREATE TABLE search_reindex_job (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    status             VARCHAR(16)   NOT NULL,       -- RUNNING | DONE | FAILED
    scenario_index     VARCHAR(200)  NULL,
    provider_index     VARCHAR(200)  NULL,
    suggest_index      VARCHAR(200)  NULL,
    scenarios          INT           NOT NULL DEFAULT 0,
    providers          INT           NOT NULL DEFAULT 0,
    terms              INT           NOT NULL DEFAULT 0,
    error              VARCHAR(1000) NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    finished_at        DATETIME(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_search_reindex_job_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
