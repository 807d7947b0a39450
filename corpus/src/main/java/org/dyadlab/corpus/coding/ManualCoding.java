package org.dyadlab.corpus.coding;

import java.time.Clock;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.CodingStore;
import org.dyadlab.store.CorpusStore;
import org.dyadlab.store.PassageQuery;

/**
 * Coding by a named person: a span of a document's current version gets a code of the codebook; memos go on
 * documents, codes or passages. Every name is checked before anything is stored.
 */
public final class ManualCoding {
    private final CorpusStore corpus;
    private final CodingStore coding;
    private final Codebook codebook;
    private final Clock clock;

    public ManualCoding(CorpusStore corpus, CodingStore coding, Codebook codebook, Clock clock) {
        this.corpus = corpus;
        this.coding = coding;
        this.codebook = codebook;
        this.clock = clock;
    }

    public Passage code(String documentId, TextSpan span, String codeId, String coder) {
        Document d = corpus.document(documentId).orElseThrow(() -> new CodingException("no document " + documentId
                + " in this workspace (see 'dyadlab corpus list')"));
        if (!codebook.contains(codeId)) {
            throw new CodingException("code " + codeId + " is not in codebook " + codebook.name()
                    + " (see 'dyadlab codebook show')");
        }
        DocumentVersion v = corpus.version(d.id(), d.currentVersion()).orElseThrow();
        if (span.end() > v.text().length() || span.length() == 0) {
            throw new CodingException("span " + span + " is not inside " + d.id() + " (version " + v.version()
                    + " has " + v.text().length() + " characters; a span is START:END with START < END)");
        }
        if (Passage.RULE_CODER.equals(coder)) {
            throw new CodingException("'" + Passage.RULE_CODER + "' is the rule coder's name; choose a person's name");
        }
        try {
            return coding.add(new Passage(0, d.id(), v.version(), span, codeId, coder, CodingOrigin.MANUAL, null,
                    v.quote(span), clock.instant()));
        } catch (IllegalArgumentException e) {
            throw new CodingException(e.getMessage());
        }
    }

    public Memo memo(Memo.Target target, String targetId, String author, String text) {
        boolean exists = switch (target) {
            case DOCUMENT -> corpus.document(targetId).isPresent();
            case CODE -> codebook.contains(targetId);
            case PASSAGE -> targetId.matches("\\d{1,18}") && coding.passages(PassageQuery.ALL).stream()
                    .anyMatch(p -> p.id() == Long.parseLong(targetId));
        };
        if (!exists) {
            throw new CodingException("no " + target.key() + " " + targetId + " to attach the memo to");
        }
        try {
            return coding.addMemo(new Memo(0, target, targetId, author, text, clock.instant()));
        } catch (IllegalArgumentException e) {
            throw new CodingException(e.getMessage());
        }
    }
}
