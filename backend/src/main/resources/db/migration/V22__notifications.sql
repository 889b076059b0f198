-- The in-app inbox. Live delivery goes through Redis pub/sub; this table is the copy that counts.
CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    user_id    BIGINT        NOT NULL,
    type       VARCHAR(32)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(2000) NULL,
    link       VARCHAR(300)  NULL,                    -- the API path of what it is about
    read_at    DATETIME(3)   NULL,
    created_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_notification_user (user_id, read_at, id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
