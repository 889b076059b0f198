-- Invitations to propose, acceptances of the confidentiality terms, and questions on scenarios.
CREATE TABLE invitation (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    scenario_id    BIGINT        NOT NULL,
    provider_id    BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,             -- INVITED | ACCEPTED | DECLINED
    message        VARCHAR(1000) NULL,
    decline_reason VARCHAR(1000) NULL,
    invited_by     BIGINT        NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    responded_at   DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_invitation_pair (scenario_id, provider_id),
    KEY ix_invitation_provider (provider_id, created_at),
    CONSTRAINT fk_invitation_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
    CONSTRAINT fk_invitation_provider FOREIGN KEY (provider_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who accepted which version of the confidentiality terms for which scenario, and when.
CREATE TABLE confidentiality_acceptance (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    scenario_id   BIGINT      NOT NULL,
    provider_id   BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    terms_version VARCHAR(32) NOT NULL,
    accepted_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_confidentiality_acceptance (scenario_id, provider_id, terms_version),
    CONSTRAINT fk_confidentiality_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scenario_question (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    scenario_id BIGINT        NOT NULL,
    provider_id BIGINT        NOT NULL,
    asked_by    BIGINT        NOT NULL,
    question    VARCHAR(2000) NOT NULL,
    answer      VARCHAR(4000) NULL,
    visibility  VARCHAR(8)    NULL,                    -- PUBLIC | PRIVATE, once answered
    answered_by BIGINT        NULL,
    asked_at    DATETIME(3)   NOT NULL,
    answered_at DATETIME(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_scenario_question_scenario (scenario_id, asked_at),
    CONSTRAINT fk_scenario_question_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
