-- Large imports run in the background; their progress and result live here so any app
-- instance can answer the status request.
CREATE TABLE import_job (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(16)  NOT NULL,            -- SCENARIOS | PROVIDERS
    status         VARCHAR(16)  NOT NULL,            -- RUNNING | DONE | FAILED
    processed      INT          NOT NULL DEFAULT 0,
    created        INT          NOT NULL DEFAULT 0,
    updated        INT          NOT NULL DEFAULT 0,
    rejected_count INT          NOT NULL DEFAULT 0,
    result         JSON         NULL,
    error          VARCHAR(1000) NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    finished_at    DATETIME(3)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
