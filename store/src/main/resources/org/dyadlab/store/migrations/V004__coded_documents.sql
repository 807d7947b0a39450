-- dyadlab schema version 4: the documents a text-coding run has coded (docs/decisions/0011-text-front-end.md).
-- One row per origin and document content: a run that is interrupted and started again skips the documents
-- recorded here, and the row is written in the same transaction as the document's events, so nothing is coded
-- twice. republished_of names the document whose text (normalised) this one repeats within the window; such
-- a document is recorded and not coded.
CREATE TABLE coded_documents (
    origin          VARCHAR NOT NULL,
    document_id     VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    document_date   DATE    NOT NULL,
    sentences       INTEGER NOT NULL,
    events          INTEGER NOT NULL,
    republished_of  VARCHAR,
    coded_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (origin, document_id, content_hash)
);

CREATE INDEX coded_documents_hash ON coded_documents (origin, content_hash);
