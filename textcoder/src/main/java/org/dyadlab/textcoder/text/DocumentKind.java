package org.dyadlab.textcoder.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What kind of input a file (or folder) to code is; {@link #AUTO} decides by the file's name. */
public enum DocumentKind {
    /** Decided per file: a folder is {@link #UN_DEBATES}, {@code .jsonl}/{@code .ndjson} {@link #JSONL},
     * {@code .json} {@link #TWEETS}, anything else {@link #TEXT}. */
    AUTO,
    /** One plain-text document per file. */
    TEXT,
    /** JSON lines, one document per line. */
    JSONL,
    /** The Trump Twitter Archive's condensed JSON. */
    TWEETS,
    /** The UN General Debate corpus folder. */
    UN_DEBATES;

    /** The kind named {@code key} ({@code auto}, {@code text}, {@code jsonl}, {@code tweets}, {@code un_debates}). */
    public static DocumentKind ofKey(String key) {
        String k = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DocumentKind kind : values()) {
            if (kind.name().equals(k)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown input kind '" + key + "' (auto, text, jsonl, tweets, un_debates)");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This kind, or for {@link #AUTO} the kind {@code file}'s name says it is. */
    public DocumentKind of(Path file) {
        if (this != AUTO) {
            return this;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isDirectory(file) ? UN_DEBATES : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL
                : name.endsWith(".json") ? TWEETS : TEXT;
    }
}
