-- Batch matching of an annual list (匹配方案): k providers proposed per scenario, at most c
-- scenarios per provider, computed by a background job that any app instance may claim.
CREATE TABLE match_plan (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_id           BIGINT        NOT NULL,
    per_scenario      INT           NOT NULL,
    per_provider      INT           NOT NULL,
    local_exposure    INT           NOT NULL,   -- proposals guaranteed to each local small provider (0: off)
    districts         JSON          NOT NULL,   -- the districts it covers; empty: all (an admin's plan)
    status            VARCHAR(16)   NOT NULL,   -- QUEUED | RUNNING | READY | PUBLISHED | FAILED
    progress          DOUBLE        NOT NULL DEFAULT 0,
    scenario_count    INT           NOT NULL DEFAULT 0,
    provider_count    INT           NOT NULL DEFAULT 0,
    total_score       DOUBLE        NULL,
    greedy_score      DOUBLE        NULL,
    exposure_met      BOOLEAN       NULL,
    unfilled_slots    INT           NULL,
    elapsed_millis    BIGINT        NULL,
    failure           VARCHAR(1000) NULL,
    claimed_by        VARCHAR(64)   NULL,
    heartbeat_at      DATETIME(3)   NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    finished_at       DATETIME(3)   NULL,
    published_at      DATETIME(3)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_match_plan_list FOREIGN KEY (list_id) REFERENCES annual_list (id),
    INDEX ix_match_plan_list (list_id, id),
    INDEX ix_match_plan_status (status, heartbeat_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_plan_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    scenario_id  BIGINT       NOT NULL,
    provider_id  BIGINT       NOT NULL,
    score        DOUBLE       NOT NULL,
    source       VARCHAR(8)   NOT NULL,   -- AUTO (the solver) | MANUAL (added by a commissioner)
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_match_plan_item_plan FOREIGN KEY (plan_id) REFERENCES match_plan (id) ON DELETE CASCADE,
    UNIQUE KEY uk_match_plan_item (plan_id, scenario_id, provider_id),
    INDEX ix_match_plan_item_provider (plan_id, provider_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
