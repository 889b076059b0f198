-- Provider profiles and capability maps (服务能力图谱), one per provider organization, and the
-- provider pool status (资源池). Capabilities, cases and products are read and written with the
-- profile as a whole, so they are JSON documents validated by the application.
CREATE TABLE provider_profile (
    organization_id BIGINT        NOT NULL,
    external_id     VARCHAR(64)   NULL,
    description     TEXT          NOT NULL,
    platform_type   VARCHAR(8)    NULL,               -- 综合型 | 特色型 | 专业型
    maturity_level  INT           NULL,               -- 1..3, assessed by the city
    capabilities    JSON          NOT NULL,
    cases           JSON          NOT NULL,
    products        JSON          NOT NULL,
    service_regions JSON          NOT NULL,
    pool_status     VARCHAR(16)   NOT NULL,           -- DRAFT | APPLIED | LISTED | SUSPENDED | REMOVED
    status_reason   VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    listed_at       DATETIME(3)   NULL,
    PRIMARY KEY (organization_id),
    UNIQUE KEY uk_provider_profile_external_id (external_id),
    KEY ix_provider_profile_pool_status (pool_status),
    CONSTRAINT fk_provider_profile_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
