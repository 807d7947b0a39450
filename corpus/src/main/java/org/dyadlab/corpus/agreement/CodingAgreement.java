package org.dyadlab.corpus.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyadlab.corpus.coding.Sentences;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.CodingStore;
import org.dyadlab.store.CorpusStore;
import org.dyadlab.store.PassageQuery;

/**
 * Compares two coders (two people, or the rule coder and an expert) on the sentences of the documents both
 * could have coded. A coder "coded sentence s with code c" when one of their passages with c, or with a code
 * under c, overlaps s by at least one character. Passages on an older version of a document are left out and
 * counted.
 */
public final class CodingAgreement {
    private final CorpusStore corpus;
    private final CodingStore coding;

    public CodingAgreement(CorpusStore corpus, CodingStore coding) {
        this.corpus = corpus;
        this.coding = coding;
    }

    /**
     * @param codes     codes to compare; empty = every code either coder used
     * @param documents documents to compare; empty = every document either coder coded
     */
    public AgreementReport compare(String coderA, String coderB, List<String> codes, Set<String> documents) {
        if (coderA.equals(coderB)) {
            throw new IllegalArgumentException("agreement needs two different coders");
        }
        List<Passage> passages = coding.passages(new PassageQuery(Set.of(coderA, coderB), Set.of(), documents));
        Map<String, Integer> current = new HashMap<>();
        corpus.documents().forEach(d -> current.put(d.id(), d.currentVersion()));
        List<Passage> usable = new ArrayList<>();
        int skipped = 0;
        for (Passage p : passages) {
            if (current.getOrDefault(p.documentId(), -1) == p.version()) {
                usable.add(p);
            } else {
                skipped++;
            }
        }
        List<String> codeList = codes.isEmpty()
                ? new ArrayList<>(new TreeSet<>(usable.stream().map(Passage::codeId).toList())) : codes;
        TreeSet<String> docIds = new TreeSet<>(documents.isEmpty()
                ? usable.stream().map(Passage::documentId).toList() : documents);
        docIds.retainAll(current.keySet());

        Map<String, AgreementStats> all = new LinkedHashMap<>();
        Map<String, AgreementStats> coded = new LinkedHashMap<>();
        codeList.forEach(c -> {
            all.put(c, AgreementStats.NONE);
            coded.put(c, AgreementStats.NONE);
        });
        long units = 0;
        long codedUnits = 0;
        for (String docId : docIds) {
            Document d = corpus.document(docId).orElseThrow();
            DocumentVersion v = corpus.version(docId, d.currentVersion()).orElseThrow();
            List<TextSpan> sentences = Sentences.of(v);
            units += sentences.size();
            List<Passage> inDoc = usable.stream().filter(p -> p.documentId().equals(docId)).toList();
            Map<String, BitSet[]> marks = new LinkedHashMap<>();
            BitSet anyCoded = new BitSet(sentences.size());
            for (String c : codeList) {
                BitSet a = mark(sentences, inDoc, coderA, c);
                BitSet b = mark(sentences, inDoc, coderB, c);
                marks.put(c, new BitSet[] {a, b});
                anyCoded.or(a);
                anyCoded.or(b);
            }
            codedUnits += anyCoded.cardinality();
            for (String c : codeList) {
                BitSet[] ab = marks.get(c);
                all.merge(c, table(ab[0], ab[1], sentences.size(), null), AgreementStats::plus);
                coded.merge(c, table(ab[0], ab[1], sentences.size(), anyCoded), AgreementStats::plus);
            }
        }
        List<CodeAgreement> perCode = new ArrayList<>();
        AgreementStats overallAll = AgreementStats.NONE;
        AgreementStats overallCoded = AgreementStats.NONE;
        for (String c : codeList) {
            perCode.add(new CodeAgreement(c, all.get(c), coded.get(c)));
            overallAll = overallAll.plus(all.get(c));
            overallCoded = overallCoded.plus(coded.get(c));
        }
        return new AgreementReport(coderA, coderB, List.copyOf(docIds), units, codedUnits, perCode, overallAll,
                overallCoded, skipped);
    }

    private static BitSet mark(List<TextSpan> sentences, List<Passage> passages, String coder, String code) {
        BitSet out = new BitSet(sentences.size());
        for (Passage p : passages) {
            if (!p.coder().equals(coder) || !(p.codeId().equals(code) || p.codeId().startsWith(code + "."))) {
                continue;
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).overlaps(p.span())) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /** The 2×2 table over all units, or over those set in {@code within}. */
    private static AgreementStats table(BitSet a, BitSet b, int n, BitSet within) {
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        long neither = 0;
        for (int i = 0; i < n; i++) {
            if (within != null && !within.get(i)) {
                continue;
            }
            boolean x = a.get(i);
            boolean y = b.get(i);
            if (x && y) {
                both++;
            } else if (x) {
                onlyA++;
            } else if (y) {
                onlyB++;
            } else {
                neither++;
            }
        }
        return new AgreementStats(both, onlyA, onlyB, neither);
    }
}
