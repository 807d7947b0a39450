package org.dyadlab.model.corpus;

import java.util.Objects;

/**
 * A document of the corpus: an article, statement, speech or post, whatever its file format.
 *
 * @param id             short stable id used on the command line and in passages ("PAK_73_2018")
 * @param source         where it was read from: a file path, or {@code path#recordId} for a record of a collection
 * @param kind           what kind of source it is
 * @param side           whose voice it carries, or null when not stated
 * @param metadata       title, authors, date, publisher, URL, DOI
 * @param currentVersion the latest version (1 for a document never edited)
 */
public record Document(String id, String source, SourceKind kind, Side side, DocumentMetadata metadata,
                       int currentVersion) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metadata, "metadata");
        if (!DocumentIds.isValid(id)) {
            throw new IllegalArgumentException("a document id is 1-120 letters, digits, '.', '_', '-' or '#'; was '"
                    + id + "'");
        }
        if (currentVersion < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + currentVersion);
        }
    }

    public Document withVersion(int version) {
        return new Document(id, source, kind, side, metadata, version);
    }
}
