package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.model.chronology.ChronologyEntry;

/**
 * How much a sentence is about a chronology event: the share of the event's content words (its description and the
 * words of its id), weighted by inverse document frequency over the chronology, that the sentence also has. Rare
 * words (names, places, programmes) weigh most; words every event has ("Pakistan", "US") weigh almost nothing.
 */
final class ChronologyMatcher {
    /** An event and how well a sentence matches it (0–1), with the words they share. */
    record Match(ChronologyEntry entry, double score, List<String> shared) {
    }

    private final List<ChronologyEntry> entries;
    private final List<Set<String>> words = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();

    ChronologyMatcher(List<ChronologyEntry> entries, EntityFinder entities,
                      List<org.dyadlab.model.gazetteer.GazetteerEntry> gazetteer) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> df = new HashMap<>();
        for (ChronologyEntry e : entries) {
            Set<String> w = new java.util.LinkedHashSet<>(Words.of(e.description() + " "
                    + e.id().replaceFirst("^\\d{4}-\\d{2}(-\\d{2})?-", "").replace('-', ' ')));
            entities.find(e.description()).forEach(m -> w.add(entityWord(m.value())));
            gazetteer.stream().filter(g -> g.chronology().contains(e.id())).forEach(g -> w.add(entityWord(g)));
            words.add(w);
            w.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        int n = Math.max(1, entries.size());
        df.forEach((w, d) -> idf.put(w, Math.log(1.0 + (double) n / d)));
    }

    /** The word standing for a gazetteer entity in word sets. */
    static String entityWord(org.dyadlab.model.gazetteer.GazetteerEntry g) {
        return "@" + g.id();
    }

    /** Every event scored against the sentence's words, best first, those scoring above 0 only. */
    List<Match> match(Set<String> sentence) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            double total = 0;
            double shared = 0;
            List<String> common = new ArrayList<>();
            for (String w : words.get(i)) {
                double weight = idf.getOrDefault(w, 0.0);
                total += weight;
                if (sentence.contains(w)) {
                    shared += weight;
                    common.add(w);
                }
            }
            if (shared > 0 && total > 0) {
                out.add(new Match(entries.get(i), shared / total, common));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }
}
