package org.dyadlab.web.evidence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.corpus.DocumentIds;

/**
 * What an event's {@code document_ref} points at, read from its text form:
 * <ul>
 *   <li>{@code case:<case>#<entry id>}: an entry of a case chronology;</li>
 *   <li>{@code doc:<document id>@v<version>#<start>:<end>}: characters of that version of a corpus document (what
 *       {@code dyadlab code text --from-store} writes: the coded sentence, exactly);</li>
 *   <li>{@code doc:<document id>#<start>:<end>} or {@code doc:<document id>#<start>-<end>}: characters of a document's
 *       text — of the file or record it was coded from, which the corpus may hold under the same id (current
 *       version);</li>
 *   <li>{@code doc:<document id>#s<n>}: the sentence n (counted from 0, as {@code corpus.coding.Sentences} splits the
 *       document's current version) of a corpus document — approximate for text coded before exact references, whose
 *       coder counted sentences in the cleaned text;</li>
 *   <li>{@code doc:<document id>}: the whole document;</li>
 *   <li>anything else (an ICEWS story id…): a reference shown as it is.</li>
 * </ul>
 */
public sealed interface EvidenceRef {
    Pattern CASE = Pattern.compile("case:([A-Za-z0-9._-]{1,80})#([A-Za-z0-9._:-]{1,200})");
    Pattern DOC = Pattern.compile(
            "doc:([^#@\\s]{1,120})(?:@v(\\d{1,6}))?(?:#(?:s(\\d{1,7})|(\\d{1,9})[:-](\\d{1,9})))?");

    /** A chronology entry of a case. */
    record CaseEntry(String caseName, String entryId) implements EvidenceRef {
    }

    /**
     * A corpus document: the version named (0: the current one), and within it a sentence index or a span (each -1
     * when not given).
     */
    record DocumentPart(String documentId, int version, int sentence, int start, int end) implements EvidenceRef {
        /** True for a span of a named version: exactly what was coded. */
        boolean exact() {
            return version > 0 && start >= 0;
        }
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
            int version = d.group(2) == null ? 0 : Integer.parseInt(d.group(2));
            int sentence = d.group(3) == null ? -1 : Integer.parseInt(d.group(3));
            int start = d.group(4) == null ? -1 : Integer.parseInt(d.group(4));
            int end = d.group(5) == null ? -1 : Integer.parseInt(d.group(5));
            if (start >= 0 && end <= start || d.group(2) != null && version < 1) {
                return Optional.of(new Other(r));
            }
            return Optional.of(new DocumentPart(d.group(1), version, sentence, start, end));
        }
        return Optional.of(new Other(r));
    }
}
