-- dyadlab schema version 5: the words a coder matched for an event (docs/decisions/0011-text-front-end.md,
-- addendum; 0003 addendum). One row per event and role (source, target, verb): the span [span_start, span_end) in
-- UTF-16 positions of the text of the document the event's document_ref names. Written by EventLoad in the
-- transaction of the events, only for the events that load adds. Not part of the event record or its exports.
CREATE TABLE event_spans (
    event_id    VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL
);
