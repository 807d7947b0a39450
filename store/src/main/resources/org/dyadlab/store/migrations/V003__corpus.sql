-- dyadlab schema version 3: the document corpus and its qualitative coding (docs/decisions/0008).
-- Offsets are UTF-16 char positions into corpus_versions.text, start included, end excluded.
-- Passage ids are max + 1 inside the storing transaction (one writer per store, decision 0002).
-- pages and paragraphs hold the spans of the text as 'start:end' pairs joined by ',' (one row per
-- version keeps an ingest to two inserts).
CREATE TABLE corpus_documents (
    document_id     VARCHAR PRIMARY KEY,
    source          VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    side            VARCHAR,
    title           VARCHAR,
    authors         VARCHAR,
    published       DATE,
    publisher       VARCHAR,
    url             VARCHAR,
    doi             VARCHAR,
    current_version INTEGER NOT NULL,
    added_at        TIMESTAMP NOT NULL
);

-- ingest looks documents up by source path and versions by content hash, once per file
CREATE INDEX corpus_documents_source ON corpus_documents (source);

CREATE TABLE corpus_versions (
    document_id  VARCHAR NOT NULL,
    version      INTEGER NOT NULL,
    sha256       VARCHAR NOT NULL,
    media_type   VARCHAR NOT NULL,
    chars        INTEGER NOT NULL,
    pages        VARCHAR NOT NULL,
    paragraphs   VARCHAR NOT NULL,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (document_id, version)
);

CREATE INDEX corpus_versions_sha256 ON corpus_versions (sha256);

CREATE TABLE corpus_passages (
    passage_id   BIGINT PRIMARY KEY,
    document_id  VARCHAR NOT NULL,
    version      INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    code_id      VARCHAR NOT NULL,
    coder        VARCHAR NOT NULL,
    origin       VARCHAR NOT NULL,
    rule         VARCHAR,
    quote        VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL
);

CREATE SEQUENCE memo_id_seq START 1;

CREATE TABLE corpus_memos (
    memo_id    BIGINT PRIMARY KEY,
    target     VARCHAR NOT NULL,
    target_id  VARCHAR NOT NULL,
    author     VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
