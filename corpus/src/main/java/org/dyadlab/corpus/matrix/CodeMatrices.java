package org.dyadlab.corpus.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyadlab.corpus.coding.Sentences;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.CodingStore;
import org.dyadlab.store.CorpusStore;
import org.dyadlab.store.PassageQuery;

/**
 * Code frequencies by period, source kind or side, and code co-occurrence. Rows are the codebook's codes; a
 * passage of a theme also counts for its factor (so a factor's row is the union of its themes and itself).
 */
public final class CodeMatrices {
    /** What a cell counts. */
    public enum Measure {
        /** coded passages (for a factor: passages of it or its themes) */
        PASSAGES,
        /** documents with at least one such passage */
        DOCUMENTS
    }

    /** Where two codes must meet to co-occur. */
    public enum Scope {
        /** in the same sentence of a document */
        SENTENCE,
        /** anywhere in the same document */
        DOCUMENT
    }

    private final CorpusStore corpus;
    private final CodingStore coding;
    private final Codebook codebook;

    public CodeMatrices(CorpusStore corpus, CodingStore coding, Codebook codebook) {
        this.corpus = corpus;
        this.coding = coding;
        this.codebook = codebook;
    }

    public CodeMatrix byPeriod(PeriodSet periods, Measure measure, Set<String> coders) {
        return by("by period", periods.periods().stream().map(Period::name).toList(),
                d -> periods.periodOf(d.metadata().date()).map(Period::name).orElse(null), measure, coders);
    }

    public CodeMatrix byKind(Measure measure, Set<String> coders) {
        return by("by source kind", java.util.Arrays.stream(SourceKind.values()).map(SourceKind::key).toList(),
                d -> d.kind().key(), measure, coders);
    }

    public CodeMatrix bySide(Measure measure, Set<String> coders) {
        List<String> sides = corpus.documents().stream().map(d -> d.side() == null ? "unstated" : d.side().code())
                .distinct().sorted().toList();
        return by("by side", sides, d -> d.side() == null ? "unstated" : d.side().code(), measure, coders);
    }

    private CodeMatrix by(String what, List<String> columns, Function<Document, String> column, Measure measure,
                          Set<String> coders) {
        Map<String, Document> docs = documents();
        List<String> rows = codebook.codes().stream().map(Code::id).toList();
        long[][] counts = new long[rows.size()][columns.size()];
        Map<String, Set<String>> seenDocs = new HashMap<>();
        for (Passage p : currentPassages(coders, docs)) {
            String col = column.apply(docs.get(p.documentId()));
            int c = col == null ? -1 : columns.indexOf(col);
            if (c < 0) {
                continue;
            }
            for (String code : Codebook.selfAndAncestors(p.codeId())) {
                int r = rows.indexOf(code);
                if (r < 0) {
                    continue;
                }
                if (measure == Measure.PASSAGES
                        || seenDocs.computeIfAbsent(code + "\u0000" + col, k -> new HashSet<>()).add(p.documentId())) {
                    counts[r][c]++;
                }
            }
        }
        return new CodeMatrix(measure.name().toLowerCase(java.util.Locale.ROOT) + " per code " + what, rows, columns,
                counts);
    }

    /**
     * For each pair of codes, the units (sentences or documents) coded with both; the diagonal holds the units
     * coded with the code at all.
     */
    public CodeMatrix coOccurrence(Scope scope, Set<String> coders) {
        Map<String, Document> docs = documents();
        List<String> rows = codebook.codes().stream().map(Code::id).toList();
        long[][] counts = new long[rows.size()][rows.size()];
        Map<String, List<Passage>> byDoc = new HashMap<>();
        for (Passage p : currentPassages(coders, docs)) {
            byDoc.computeIfAbsent(p.documentId(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Passage>> e : byDoc.entrySet()) {
            List<TextSpan> units = scope == Scope.DOCUMENT ? List.of(new TextSpan(0, Integer.MAX_VALUE))
                    : Sentences.of(corpus.version(e.getKey(), docs.get(e.getKey()).currentVersion()).orElseThrow());
            for (TextSpan unit : units) {
                Set<Integer> codes = new HashSet<>();
                for (Passage p : e.getValue()) {
                    if (p.span().overlaps(unit)) {
                        for (String c : Codebook.selfAndAncestors(p.codeId())) {
                            int r = rows.indexOf(c);
                            if (r >= 0) {
                                codes.add(r);
                            }
                        }
                    }
                }
                for (int a : codes) {
                    for (int b : codes) {
                        counts[a][b]++;
                    }
                }
            }
        }
        return new CodeMatrix("co-occurrence of codes in the same " + scope.name().toLowerCase(java.util.Locale.ROOT),
                rows, rows, counts);
    }

    private Map<String, Document> documents() {
        Map<String, Document> docs = new HashMap<>();
        corpus.documents().forEach(d -> docs.put(d.id(), d));
        return docs;
    }

    private List<Passage> currentPassages(Set<String> coders, Map<String, Document> docs) {
        return coding.passages(new PassageQuery(coders, Set.of(), Set.of())).stream()
                .filter(p -> docs.containsKey(p.documentId())
                        && docs.get(p.documentId()).currentVersion() == p.version())
                .toList();
    }
}
