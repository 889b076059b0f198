-- Administrators' additions to the search vocabulary: dictionary terms that must stay whole and
-- synonym groups, on top of the ones shipped with the search-index module. Every replica loads
-- them into its segmenter; a reindex applies them to records indexed before.
CREATE TABLE dictionary_term (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    term        VARCHAR(64)  NOT NULL,              -- as the administrator wrote it
    normalized  VARCHAR(64)  NOT NULL,              -- NFKC, lower case: what the segmenter matches
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dictionary_term_normalized (normalized)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE synonym_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    terms       JSON         NOT NULL,              -- as written, the first one leads when the group is new
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: raised in the transaction of every change above, so each replica sees by one cheap
-- read whether its copy is current.
CREATE TABLE vocabulary_version (
    id       TINYINT NOT NULL,
    version  BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO vocabulary_version (id, version) VALUES (1, 0);
