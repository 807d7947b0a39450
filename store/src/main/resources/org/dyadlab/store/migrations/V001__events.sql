-- dyadlab schema version 1: the canonical event table and the import log. Timestamps are UTC.
-- Column names and types are the contract shared with the CSV/Parquet exports and the Spark jobs
-- (docs/decisions/0003-event-schema.md). Keep them in step with org.dyadlab.store.EventColumns.
CREATE TABLE events (
    event_id         VARCHAR NOT NULL,
    event_date       DATE    NOT NULL,
    date_precision   VARCHAR NOT NULL,
    source_name      VARCHAR,
    source_actor     VARCHAR,
    source_country   VARCHAR,
    source_agents    VARCHAR,
    target_name      VARCHAR,
    target_actor     VARCHAR,
    target_country   VARCHAR,
    target_agents    VARCHAR,
    event_code       VARCHAR NOT NULL,
    event_root       VARCHAR NOT NULL,
    quad_class       TINYINT NOT NULL,
    goldstein        DOUBLE  NOT NULL,
    origin           VARCHAR NOT NULL,
    origin_id        VARCHAR,
    origin_goldstein DOUBLE,
    source_url       VARCHAR,
    document_ref     VARCHAR,
    text_hash        VARCHAR,
    mentions         INTEGER,
    import_id        BIGINT
);

CREATE SEQUENCE import_id_seq START 1;

CREATE TABLE imports (
    import_id      BIGINT PRIMARY KEY,
    file           VARCHAR NOT NULL,
    format         VARCHAR NOT NULL,
    file_size      BIGINT,
    file_modified  TIMESTAMP,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP NOT NULL,
    rows_read      BIGINT NOT NULL,
    imported       BIGINT NOT NULL,
    duplicate_ids  BIGINT NOT NULL,
    duplicate_content BIGINT NOT NULL,
    rejected       BIGINT NOT NULL,
    rejects_file   VARCHAR
);
