-- Annual scenario lists (年度场景清单): an admin's numbered selection of published scenarios.
-- Publishing freezes a list: each entry keeps the scenario's public view as it was then, and the
-- slug is the list's permanent public address.
CREATE TABLE annual_list (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    year         INT          NOT NULL,               -- 年度
    batch        VARCHAR(32)  NULL,                   -- 批次
    title        VARCHAR(120) NOT NULL,
    slug         VARCHAR(48)  NOT NULL,               -- e.g. 2026, 2026-1, 2026-1-2
    status       VARCHAR(16)  NOT NULL,               -- DRAFT | PUBLISHED
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    published_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_annual_list_slug (slug),
    KEY ix_annual_list_status_year (status, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_list_entry (
    list_id     BIGINT NOT NULL,
    number      INT    NOT NULL,                      -- 1..n: the scenario's number in the list
    scenario_id BIGINT NOT NULL,
    snapshot    JSON   NULL,                          -- the public view at publication; NULL while a draft
    PRIMARY KEY (list_id, number),
    UNIQUE KEY uk_annual_list_entry_scenario (list_id, scenario_id),
    KEY ix_annual_list_entry_scenario (scenario_id),
    CONSTRAINT fk_annual_list_entry_list FOREIGN KEY (list_id) REFERENCES annual_list (id) ON DELETE CASCADE,
    CONSTRAINT fk_annual_list_entry_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
