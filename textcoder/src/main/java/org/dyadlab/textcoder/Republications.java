package org.dyadlab.textcoder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds re-published text: a document whose normalised text, or a sentence whose normalised text, was already
 * seen in another document dated within the window (before or after) is a re-publication, coded once and
 * counted once. Stateful, for one run; documents recorded by earlier runs can be added with {@link #remember}.
 */
public final class Republications {
    private final int windowDays;
    private final Map<String, List<Seen>> documents = new HashMap<>();
    private final Map<String, List<Seen>> sentences = new HashMap<>();

    private record Seen(String documentId, LocalDate date) {
    }

    /** @param windowDays how many days apart two copies may be dated and still be one story (0: same day) */
    public Republications(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("the window must not be negative");
        }
        this.windowDays = windowDays;
    }

    public int windowDays() {
        return windowDays;
    }

    /** Remembers a document's text as seen. */
    public void remember(String documentId, String contentHash, LocalDate date) {
        documents.computeIfAbsent(contentHash, k -> new ArrayList<>(1)).add(new Seen(documentId, date));
    }

    /** The earlier document this one repeats, if any. */
    public Optional<String> originalOf(String documentId, String contentHash, LocalDate date) {
        return find(documents, documentId, contentHash, date);
    }

    /**
     * True when the sentence was already coded from another document within the window; otherwise remembers it
     * as coded from this one and returns false.
     */
    public boolean sentenceSeen(String documentId, String sentenceHash, LocalDate date) {
        if (find(sentences, documentId, sentenceHash, date).isPresent()) {
            return true;
        }
        sentences.computeIfAbsent(sentenceHash, k -> new ArrayList<>(1)).add(new Seen(documentId, date));
        return false;
    }

    private Optional<String> find(Map<String, List<Seen>> map, String documentId, String hash, LocalDate date) {
        List<Seen> seen = map.get(hash);
        if (seen == null) {
            return Optional.empty();
        }
        for (Seen s : seen) {
            if (!s.documentId().equals(documentId) && Math.abs(ChronoUnit.DAYS.between(s.date(), date)) <= windowDays) {
                return Optional.of(s.documentId());
            }
        }
        return Optional.empty();
    }
}
