package org.dyadlab.corpus.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.Side;

/**
 * What a file name says about a document, read with a user's pattern whose named groups may be {@code side},
 * {@code date} (any form {@link DateText} reads), {@code year} and {@code title}.
 *
 * @param side     the side, or null
 * @param metadata title and date (other fields empty)
 */
record FileNameFacts(Side side, DocumentMetadata metadata) {
    static final FileNameFacts NONE = new FileNameFacts(null, DocumentMetadata.EMPTY);

    static FileNameFacts read(Pattern pattern, String fileName) {
        if (pattern == null) {
            return NONE;
        }
        Matcher m = pattern.matcher(fileName);
        if (!m.find()) {
            return NONE;
        }
        String side = group(m, "side");
        String date = group(m, "date");
        if (date == null) {
            date = group(m, "year");
        }
        LocalDate d = DateText.parse(date).orElse(null);
        Side s = null;
        if (side != null) {
            try {
                s = Side.parse(side);
            } catch (IllegalArgumentException e) {
                s = null;
            }
        }
        return new FileNameFacts(s, new DocumentMetadata(group(m, "title"), List.of(), d, null, null, null));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
