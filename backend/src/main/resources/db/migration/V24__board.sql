-- The commissioner's board: each scenario × provider pair from recommendation to acceptance.
CREATE TABLE board_pair (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    scenario_id BIGINT        NOT NULL,
    provider_id BIGINT        NOT NULL,
    region_code VARCHAR(6)    NOT NULL,                -- the scenario's district
    stage       VARCHAR(16)   NOT NULL,                -- RECOMMENDED … ACCEPTED
    dropped     BOOLEAN       NOT NULL DEFAULT FALSE,  -- declined or withdrawn; kept for the record
    source      VARCHAR(32)   NOT NULL,
    stage_since DATETIME(3)   NOT NULL,
    due_at      DATETIME(3)   NOT NULL,                -- stage_since + the stage's time limit: overdue after
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(3)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_board_pair (scenario_id, provider_id),
    KEY ix_board_pair_region (region_code, stage),
    KEY ix_board_pair_due (due_at),
    CONSTRAINT fk_board_pair_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
    CONSTRAINT fk_board_pair_provider FOREIGN KEY (provider_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each stage a pair entered, so the time spent in every stage can be shown.
CREATE TABLE board_stage (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    pair_id    BIGINT        NOT NULL,
    stage      VARCHAR(16)   NOT NULL,
    entered_at DATETIME(3)   NOT NULL,
    actor_name VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_board_stage_pair (pair_id, entered_at),
    CONSTRAINT fk_board_stage_pair FOREIGN KEY (pair_id) REFERENCES board_pair (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    pair_id     BIGINT        NOT NULL,
    kind        VARCHAR(8)    NOT NULL,                -- VISIT | CALL | NOTE
    body        VARCHAR(4000) NOT NULL,
    happened_on DATE          NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_board_note_pair (pair_id, happened_on),
    CONSTRAINT fk_board_note_pair FOREIGN KEY (pair_id) REFERENCES board_pair (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
