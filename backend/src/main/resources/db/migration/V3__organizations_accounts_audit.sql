-- Organizations (manufacturers and providers), the accounts that act for them or for the city,
-- commissioners' districts, login sessions, and the audit trail of every state change.

CREATE TABLE organization (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(16)  NOT NULL,              -- MANUFACTURER | PROVIDER
    name          VARCHAR(120) NOT NULL,
    credit_code   CHAR(18)     NOT NULL,              -- 统一社会信用代码, GB 32100-2015
    region_code   VARCHAR(6)   NOT NULL,              -- GB/T 2260 district
    industry_code VARCHAR(4)   NULL,                  -- GB/T 4754-2017 division
    scale         VARCHAR(8)   NULL,                  -- 规上 | 规下
    contact_name  VARCHAR(60)  NULL,
    contact_phone VARCHAR(40)  NULL,
    contact_email VARCHAR(120) NULL,
    status        VARCHAR(16)  NOT NULL,              -- PENDING | APPROVED | REJECTED | SUSPENDED
    status_reason VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organization_credit_code (credit_code),
    KEY ix_organization_region_status (region_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,            -- bcrypt
    display_name    VARCHAR(60)  NOT NULL,
    role            VARCHAR(16)  NOT NULL,            -- ADMIN | COMMISSIONER | ENTERPRISE | PROVIDER
    organization_id BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_account_username (username),
    CONSTRAINT fk_user_account_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commissioner_district (
    user_id     BIGINT     NOT NULL,
    region_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (user_id, region_code),
    CONSTRAINT fk_commissioner_district_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Refresh tokens are stored hashed; a stolen database dump cannot be replayed.
CREATE TABLE refresh_token (
    token_hash CHAR(64)    NOT NULL,
    user_id    BIGINT      NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    revoked    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_refresh_token_user (user_id),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Revoked access tokens (logout). Redis answers the per-request check; this table is the copy
-- that survives Redis and refills it.
CREATE TABLE revoked_access_token (
    jti        VARCHAR(64) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    PRIMARY KEY (jti),
    KEY ix_revoked_access_token_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Settings the application generates once and every replica shares (e.g. the JWT secret).
CREATE TABLE app_setting (
    name       VARCHAR(64)   NOT NULL,
    value      VARCHAR(1000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type VARCHAR(32)  NOT NULL,               -- SCENARIO | ORGANIZATION | PROVIDER | ANNUAL_LIST | ...
    entity_id   BIGINT       NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    from_status VARCHAR(32)  NULL,
    to_status   VARCHAR(32)  NULL,
    reason      VARCHAR(1000) NULL,
    actor_id    BIGINT       NULL,
    actor_name  VARCHAR(64)  NOT NULL,
    region_code VARCHAR(6)   NULL,                   -- for commissioners' district scope
    at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_entity (entity_type, entity_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
