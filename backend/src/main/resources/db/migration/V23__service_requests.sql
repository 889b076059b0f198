-- 企业吹哨 → 专员到位: an enterprise's service request, routed to a commissioner of its district
-- with acknowledge and visit deadlines, and the visits commissioners log.
CREATE TABLE service_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id   BIGINT        NOT NULL,
    region_code       VARCHAR(6)    NOT NULL,
    need              VARCHAR(2000) NOT NULL,
    urgency           VARCHAR(8)    NOT NULL,          -- LOW | NORMAL | HIGH | URGENT
    status            VARCHAR(16)   NOT NULL,          -- OPEN | ACKNOWLEDGED | VISITED | CLOSED
    assignee_id       BIGINT        NULL,
    assigned_at       DATETIME(3)   NULL,
    acknowledge_due   DATETIME(3)   NOT NULL,
    visit_due         DATETIME(3)   NOT NULL,
    acknowledged_at   DATETIME(3)   NULL,
    visited_at        DATETIME(3)   NULL,
    ack_escalated_at  DATETIME(3)   NULL,
    visit_escalated_at DATETIME(3)  NULL,
    created_by        BIGINT        NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_service_request_region (region_code, status),
    KEY ix_service_request_assignee (assignee_id, status),
    CONSTRAINT fk_service_request_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_visit (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id    BIGINT        NOT NULL,
    region_code        VARCHAR(6)    NOT NULL,
    service_request_id BIGINT        NULL,
    commissioner_id    BIGINT        NOT NULL,
    visited_on         DATE          NOT NULL,
    people             VARCHAR(500)  NOT NULL,
    work               VARCHAR(4000) NOT NULL,
    follow_ups         VARCHAR(2000) NULL,
    created_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_service_visit_year (visited_on, region_code),
    KEY ix_service_visit_request (service_request_id),
    CONSTRAINT fk_service_visit_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
