-- Feedback on recommended pairs (enterprise users and commissioners), read by the evaluation tool.
CREATE TABLE match_feedback (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    scenario_id  BIGINT       NOT NULL,
    provider_id  BIGINT       NOT NULL,
    verdict      VARCHAR(16)  NOT NULL,
    reason       VARCHAR(500) NULL,
    user_id      BIGINT       NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_match_feedback_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
    CONSTRAINT fk_match_feedback_provider FOREIGN KEY (provider_id) REFERENCES provider_profile (organization_id),
    INDEX ix_match_feedback_pair (scenario_id, provider_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The administrators' override of the configured matching weights: one row, versioned.
CREATE TABLE match_weights (
    id          TINYINT      NOT NULL PRIMARY KEY,
    weights     JSON         NOT NULL,
    version     BIGINT       NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
