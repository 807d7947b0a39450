package org.dyadlab.web.evidence;

import java.util.List;
import java.util.Optional;
import org.dyadlab.corpus.coding.Sentences;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.CorpusStore;

/**
 * The stretch of a corpus document an event's reference names, or why the workspace cannot show it; with a note when
 * what is shown may not be exactly what was coded.
 *
 * @param document the document, or null when it cannot be shown
 * @param version  the version shown
 * @param span     the stretch of that version's text
 * @param note     a caveat (shown with the text) or the reason nothing is shown; null when exact
 */
record DocumentSentence(Document document, DocumentVersion version, TextSpan span, String note) {
    /** How many characters of a document are shown when its reference names no part of it. */
    static final int WHOLE_DOCUMENT_SHOWN = 2000;

    boolean found() {
        return document != null;
    }

    static DocumentSentence resolve(EvidenceRef.DocumentPart d, CorpusStore corpus) {
        Optional<Document> doc = corpus.document(d.documentId());
        if (doc.isEmpty()) {
            return missing(d.version() == 0 && d.start() >= 0
                    ? "document " + d.documentId() + " is not in this workspace's corpus: the event was coded from a "
                    + "file or record of that name (characters " + d.start() + "–" + d.end() + " of its text). Ingest "
                    + "that file with dyadlab corpus ingest to read the sentence here."
                    : "document " + d.documentId() + " is not in this workspace's corpus");
        }
        int wanted = d.version() > 0 ? d.version() : doc.get().currentVersion();
        Optional<DocumentVersion> version = corpus.version(d.documentId(), wanted);
        if (version.isEmpty()) {
            return missing("version " + wanted + " of document " + d.documentId() + " is not in this workspace's "
                    + "corpus (its current version is " + doc.get().currentVersion() + ")");
        }
        DocumentVersion v = version.get();
        String text = v.text();
        if (d.sentence() >= 0) {
            List<TextSpan> sentences = Sentences.of(v);
            if (d.sentence() >= sentences.size()) {
                return missing("document " + d.documentId() + " (version " + v.version() + ") has " + sentences.size()
                        + " sentences; the event names sentence " + d.sentence());
            }
            return new DocumentSentence(doc.get(), v, sentences.get(d.sentence()), "Approximate: sentence "
                    + d.sentence() + " as the corpus splits the document's current text. Text coding before exact "
                    + "references counted sentences in the text without its markup, so this may be a neighbouring "
                    + "sentence.");
        }
        if (d.start() >= 0) {
            if (d.end() > text.length()) {
                return missing("characters " + d.start() + "–" + d.end() + " are outside document " + d.documentId()
                        + " (version " + v.version() + " has " + text.length() + " characters)");
            }
            String note = d.exact() ? null : "The event was coded from a file or record named " + d.documentId()
                    + ", not from the corpus; shown from the corpus document of that name (version " + v.version()
                    + "), whose text may differ from the file's.";
            return new DocumentSentence(doc.get(), v, new TextSpan(d.start(), d.end()), note);
        }
        return new DocumentSentence(doc.get(), v, new TextSpan(0, Math.min(text.length(), WHOLE_DOCUMENT_SHOWN)), null);
    }

    private static DocumentSentence missing(String reason) {
        return new DocumentSentence(null, null, null, reason);
    }

    String text() {
        return version.text().substring(span.start(), span.end());
    }
}
