-- Providers' subscriptions (a saved search, or their own capability map) to newly published
-- scenarios; and matchmaking events (场景反向路演 / 供需对接会) with interests and outcomes.
CREATE TABLE provider_subscription (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,                 -- CAPABILITY_MAP | SAVED_SEARCH
    name        VARCHAR(60)  NOT NULL,
    criteria    JSON         NULL,                     -- saved search: {q, categories, industries, regions, modes}
    created_by  BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_provider_subscription_provider (provider_id),
    CONSTRAINT fk_provider_subscription_provider FOREIGN KEY (provider_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roadshow (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(16)   NOT NULL,               -- ROADSHOW (场景反向路演) | MATCHMAKING (供需对接会)
    title        VARCHAR(120)  NOT NULL,
    starts_at    DATETIME(3)   NOT NULL,
    place        VARCHAR(200)  NULL,
    online_link  VARCHAR(300)  NULL,
    status       VARCHAR(16)   NOT NULL,               -- PLANNED | HELD | CANCELLED
    outcome_note VARCHAR(2000) NULL,
    created_by   BIGINT        NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_roadshow_starts (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roadshow_scenario (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    roadshow_id BIGINT NOT NULL,
    scenario_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_roadshow_scenario (roadshow_id, scenario_id),
    CONSTRAINT fk_roadshow_scenario_roadshow FOREIGN KEY (roadshow_id) REFERENCES roadshow (id) ON DELETE CASCADE,
    CONSTRAINT fk_roadshow_scenario_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A provider's interest in pitching for one scenario of an event; the organizer shortlists, and
-- after the event records the outcome (an intention; a follow-up puts the pair on the board).
CREATE TABLE roadshow_interest (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    roadshow_id BIGINT        NOT NULL,
    scenario_id BIGINT        NOT NULL,
    provider_id BIGINT        NOT NULL,
    note        VARCHAR(1000) NULL,
    shortlisted BOOLEAN       NOT NULL DEFAULT FALSE,
    intention   VARCHAR(1000) NULL,
    follow_up   BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_roadshow_interest (roadshow_id, scenario_id, provider_id),
    CONSTRAINT fk_roadshow_interest_roadshow FOREIGN KEY (roadshow_id) REFERENCES roadshow (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
