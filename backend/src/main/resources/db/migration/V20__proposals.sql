-- Proposals (揭榜/响应): a listed provider's answer to a published scenario, its attachments
-- (kept in the database in chunks, so every replica serves them), and the enterprise's ratings.
CREATE TABLE proposal (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    scenario_id     BIGINT        NOT NULL,
    provider_id     BIGINT        NOT NULL,            -- the provider organization
    status          VARCHAR(16)   NOT NULL,            -- SUBMITTED | SHORTLISTED | AWARDED | CONTRACTED | ACCEPTED | DECLINED | WITHDRAWN
    -- 1 while the proposal is live, NULL once withdrawn or declined: one live proposal per pair.
    live            TINYINT       NULL,
    approach        TEXT          NOT NULL,
    price_min       BIGINT        NOT NULL,            -- yuan
    price_max       BIGINT        NOT NULL,
    duration_days   INT           NOT NULL,
    cited_cases     JSON          NOT NULL,            -- titles of the provider's own cases
    decision_reason VARCHAR(1000) NULL,
    contract_signed_on DATE       NULL,
    contract_amount BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    decided_at      DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_proposal_live (scenario_id, provider_id, live),
    KEY ix_proposal_provider (provider_id, updated_at),
    CONSTRAINT fk_proposal_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
    CONSTRAINT fk_proposal_provider FOREIGN KEY (provider_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    proposal_id  BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,               -- from the detected type, never the client's
    size         BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_proposal_attachment_proposal (proposal_id),
    CONSTRAINT fk_proposal_attachment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Chunks of at most 1 MB stay under any server's max_allowed_packet (MariaDB's default is 16 MB).
CREATE TABLE attachment_chunk (
    id            BIGINT     NOT NULL AUTO_INCREMENT,
    attachment_id BIGINT     NOT NULL,
    seq           INT        NOT NULL,
    data          MEDIUMBLOB NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attachment_chunk (attachment_id, seq),
    CONSTRAINT fk_attachment_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES proposal_attachment (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

-- The enterprise's rating at acceptance (验收); read by the matching engine as a quality signal.
CREATE TABLE provider_rating (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id BIGINT        NOT NULL,
    scenario_id BIGINT        NOT NULL,
    proposal_id BIGINT        NOT NULL,
    rating      TINYINT       NOT NULL,               -- 1..5
    comment     VARCHAR(1000) NULL,
    rated_by    BIGINT        NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_provider_rating (scenario_id, provider_id),
    KEY ix_provider_rating_provider (provider_id),
    CONSTRAINT fk_provider_rating_provider FOREIGN KEY (provider_id) REFERENCES organization (id),
    CONSTRAINT fk_provider_rating_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
