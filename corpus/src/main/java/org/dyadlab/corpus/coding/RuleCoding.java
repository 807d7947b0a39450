package org.dyadlab.corpus.coding;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.store.CodingStore;
import org.dyadlab.store.CorpusStore;

/**
 * Runs a {@link RuleCoder} over the current versions of stored documents and replaces the rule coder's earlier
 * passages in those documents, so re-running is idempotent and an edited codebook takes effect everywhere.
 */
public final class RuleCoding {
    private final CorpusStore corpus;
    private final CodingStore coding;
    private final Clock clock;

    public RuleCoding(CorpusStore corpus, CodingStore coding, Clock clock) {
        this.corpus = corpus;
        this.coding = coding;
        this.clock = clock;
    }

    /** Codes the given documents, or every document when {@code documentIds} is empty. */
    public RuleCodingReport run(RuleCoder coder, Set<String> documentIds) {
        long t0 = System.nanoTime();
        List<Passage> passages = new ArrayList<>();
        List<String> coded = new ArrayList<>();
        corpus.forEachCurrent((doc, version) -> {
            if (documentIds.isEmpty() || documentIds.contains(doc.id())) {
                passages.addAll(coder.code(version, clock.instant()));
                coded.add(doc.id());
            }
        });
        if (!documentIds.isEmpty() && coded.isEmpty()) {
            // none of the named documents exists: replacing "in no document" must not mean "in every document"
            return new RuleCodingReport(0, 0, Map.of(), Duration.ofNanos(System.nanoTime() - t0));
        }
        int removed = coding.replace(Passage.RULE_CODER, documentIds.isEmpty() ? List.of() : coded, passages);
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (Code c : coder.codebook().ruleCodes()) {
            byCode.put(c.id(), 0);
        }
        passages.forEach(p -> byCode.merge(p.codeId(), 1, Integer::sum));
        return new RuleCodingReport(coded.size(), removed, byCode, Duration.ofNanos(System.nanoTime() - t0));
    }
}
