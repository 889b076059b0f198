-- Demand scenarios (需求场景): a manufacturer's transformation need, from draft to acceptance.
CREATE TABLE scenario (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    external_id        VARCHAR(64)   NULL,            -- the source's own id (exchange format)
    year               INT           NOT NULL,        -- 年度
    batch              VARCHAR(32)   NULL,            -- 批次
    title              VARCHAR(120)  NOT NULL,
    description        TEXT          NOT NULL,
    organization_id    BIGINT        NOT NULL,        -- the manufacturer that owns it
    industry_code      VARCHAR(4)    NOT NULL,
    industry_chain     VARCHAR(60)   NULL,
    category           VARCHAR(16)   NOT NULL,
    modes              JSON          NOT NULL,
    tech_tags          JSON          NOT NULL,
    region_code        VARCHAR(6)    NOT NULL,
    budget_min         BIGINT        NULL,
    budget_max         BIGINT        NULL,
    deadline           DATE          NULL,
    contact_name       VARCHAR(60)   NULL,
    contact_phone      VARCHAR(40)   NULL,
    contact_email      VARCHAR(120)  NULL,
    confidential_notes TEXT          NULL,            -- never public
    status             VARCHAR(16)   NOT NULL,
    status_reason      VARCHAR(1000) NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    published_at       DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_scenario_external_id (external_id),
    KEY ix_scenario_status_region (status, region_code),
    KEY ix_scenario_organization (organization_id),
    KEY ix_scenario_year (year, batch),
    CONSTRAINT fk_scenario_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
