package org.dyadlab.corpus.ingest;

/** One record of a JSON collection: its id there, or its position when it has none, and its text. */
record CollectionRecord(String recordId, ExtractedText text) {
}
