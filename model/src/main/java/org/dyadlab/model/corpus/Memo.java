package org.dyadlab.model.corpus;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A researcher's note attached to a document, a code or a passage.
 *
 * @param id         the store's id (0 before it is stored)
 * @param target     what the memo is about
 * @param targetId   the document id, code id or passage id (as text)
 * @param author     who wrote it
 * @param text       the note
 * @param createdAt  when
 */
public record Memo(long id, Target target, String targetId, String author, String text, Instant createdAt) {
    public enum Target {
        DOCUMENT, CODE, PASSAGE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Target ofKey(String key) {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        }
    }

    public Memo {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a memo needs text");
        }
        if (author.isBlank()) {
            throw new IllegalArgumentException("a memo needs an author");
        }
    }

    public Memo withId(long newId) {
        return new Memo(newId, target, targetId, author, text, createdAt);
    }
}
