package org.dyadlab.corpus.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Bibliographic entries read from a BibTeX or CSL-JSON file beside the documents. */
public record Bibliography(List<BibEntry> entries) {
    public static final Bibliography EMPTY = new Bibliography(List.of());

    public Bibliography {
        entries = List.copyOf(entries);
    }

    /**
     * The entry for a document file: the one whose {@code file} field names it, else the one whose key equals its
     * name without extension (case-insensitive).
     */
    public Optional<BibEntry> forFile(Path file) {
        String name = file.getFileName().toString();
        for (BibEntry e : entries) {
            if (e.file() != null && Path.of(e.file()).getFileName().toString().equals(name)) {
                return Optional.of(e);
            }
        }
        return forKey(stem(name));
    }

    public Optional<BibEntry> forKey(String key) {
        return entries.stream().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
