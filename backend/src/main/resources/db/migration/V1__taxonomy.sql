-- The taxonomy vocabularies. Seeded with the six modes of 工业赋能 and the scenario categories
-- of the exchange format (shared/spec/exchange-format.md); codes are contracts, names are shown.
CREATE TABLE taxonomy_term (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(32)  NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    parent_code VARCHAR(64)  NULL,
    position    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_taxonomy_term_kind_code (kind, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO taxonomy_term (kind, code, name, position) VALUES
    ('MODE', 'DIGITAL_MANAGEMENT',         '数字化管理', 1),
    ('MODE', 'PLATFORM_DESIGN',            '平台化设计', 2),
    ('MODE', 'INTELLIGENT_MANUFACTURING',  '智能化制造', 3),
    ('MODE', 'NETWORKED_COLLABORATION',    '网络化协同', 4),
    ('MODE', 'PERSONALIZED_CUSTOMIZATION', '个性化定制', 5),
    ('MODE', 'SERVICE_EXTENSION',          '服务化延伸', 6),
    ('CATEGORY', 'RD',      '研发设计',         1),
    ('CATEGORY', 'PROD',    '生产制造',         2),
    ('CATEGORY', 'QUAL',    '质量管控',         3),
    ('CATEGORY', 'EQUIP',   '设备管理与运维',   4),
    ('CATEGORY', 'SUPPLY',  '供应链与仓储物流', 5),
    ('CATEGORY', 'MGMT',    '经营管理',         6),
    ('CATEGORY', 'SAFE',    '安全生产',         7),
    ('CATEGORY', 'ENERGY',  '节能降碳',         8),
    ('CATEGORY', 'SERVICE', '产品服务与营销',   9),
    ('CATEGORY', 'INFRA',   '网络与数据基础设施', 10);
