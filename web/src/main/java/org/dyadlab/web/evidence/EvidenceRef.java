package org.dyadlab.web.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.corpus.DocumentIds;

/**
 * What an event's {@code document_ref} points at, read from its text form:
 * <ul>
 *   <li>{@code case:<case>#<entry id>}: an entry of a case chronology;</li>
 *   <li>{@code doc:<document id>#s<n>}: the sentence n (counted from 0, as {@code corpus.coding.Sentences} splits the
 *       document's current version) of a corpus document;</li>
 *   <li>{@code doc:<document id>#<start>:<end>} or {@code doc:<document id>#<start>-<end>}: a span of its current
 *       text;</li>
 *   <li>{@code doc:<document id>}: the whole document;</li>
 *   <li>anything else (an ICEWS story id…): a reference shown as it is.</li>
 * </ul>
 */
public sealed interface EvidenceRef {
    Pattern CASE = Pattern.compile("case:([A-Za-z0-9._-]{1,80})#([A-Za-z0-9._:-]{1,200})");
    Pattern DOC = Pattern.compile("doc:([^#\\s]{1,120})(?:#(?:s(\\d{1,7})|(\\d{1,9})[:-](\\d{1,9})))?");

    /** A chronology entry of a case. */
    record CaseEntry(String caseName, String entryId) implements EvidenceRef {
    }

    /** A corpus document, and within it a sentence index or a span (each -1 when not given). */
    record DocumentPart(String documentId, int sentence, int start, int end) implements EvidenceRef {
    }

    /** A reference dyadlab cannot follow. */
    record Other(String text) implements EvidenceRef {
    }

    static Optional<EvidenceRef> parse(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String r = ref.strip();
        Matcher c = CASE.matcher(r);
        if (c.matches()) {
            return Optional.of(new CaseEntry(c.group(1), c.group(2)));
        }
        Matcher d = DOC.matcher(r);
        if (d.matches() && DocumentIds.isValid(d.group(1))) {
            int sentence = d.group(2) == null ? -1 : Integer.parseInt(d.group(2));
            int start = d.group(3) == null ? -1 : Integer.parseInt(d.group(3));
            int end = d.group(4) == null ? -1 : Integer.parseInt(d.group(4));
            if (start >= 0 && end <= start) {
                return Optional.of(new Other(r));
            }
            return Optional.of(new DocumentPart(d.group(1), sentence, start, end));
        }
        return Optional.of(new Other(r));
    }
}
