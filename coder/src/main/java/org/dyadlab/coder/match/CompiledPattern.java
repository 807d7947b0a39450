package org.dyadlab.coder.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.coder.dictionary.PatternElement;
import org.dyadlab.coder.dictionary.VerbPattern;

/**
 * A verb pattern in the form the matcher runs fast on: arrays instead of lists, and the literal words it needs,
 * so that a pattern whose words are not in the sentence is rejected without matching.
 */
final class CompiledPattern {
    static final int WORD = 0;
    static final int SYNSET = 1;
    static final int SOURCE = 2;
    static final int TARGET = 3;
    static final int SKIP_ACTOR = 4;
    static final int COMPOUND = 5;

    /** One element: its kind, word or synset phrases, and whether it must directly follow the previous one. */
    static final class Element {
        final int kind;
        final String word;
        final String[][] phrases;
        /** Synset phrases by their first word (matched after the verb) and by their last (matched before it). */
        final Map<String, String[][]> byFirstWord;
        final Map<String, String[][]> byLastWord;
        final boolean adjacent;

        Element(PatternElement e) {
            this.kind = switch (e.kind()) {
                case WORD -> WORD;
                case SYNSET -> SYNSET;
                case SOURCE -> SOURCE;
                case TARGET -> TARGET;
                case SKIP_ACTOR -> SKIP_ACTOR;
                case COMPOUND -> COMPOUND;
            };
            this.word = e.word();
            this.adjacent = e.adjacent();
            if (e.synset() == null) {
                this.phrases = null;
                this.byFirstWord = null;
                this.byLastWord = null;
            } else {
                this.phrases = new String[e.synset().phrases().size()][];
                for (int i = 0; i < phrases.length; i++) {
                    phrases[i] = e.synset().phrases().get(i).toArray(String[]::new);
                }
                this.byFirstWord = index(phrases, true);
                this.byLastWord = index(phrases, false);
            }
        }

        private static Map<String, String[][]> index(String[][] phrases, boolean first) {
            Map<String, List<String[]>> m = new HashMap<>();
            for (String[] p : phrases) {
                m.computeIfAbsent(first ? p[0] : p[p.length - 1], k -> new ArrayList<>()).add(p);
            }
            Map<String, String[][]> out = new HashMap<>(m.size() * 2);
            m.forEach((k, v) -> out.put(k, v.toArray(String[][]::new)));
            return out;
        }
    }

    final VerbPattern pattern;
    final Element[] before;
    final Element[] after;
    final String[] requiredWords;

    CompiledPattern(VerbPattern pattern) {
        this.pattern = pattern;
        this.before = pattern.before().stream().map(Element::new).toArray(Element[]::new);
        this.after = pattern.after().stream().map(Element::new).toArray(Element[]::new);
        List<String> required = new ArrayList<>();
        for (PatternElement e : pattern.before()) {
            if (e.kind() == PatternElement.Kind.WORD) {
                required.add(e.word());
            }
        }
        for (PatternElement e : pattern.after()) {
            if (e.kind() == PatternElement.Kind.WORD) {
                required.add(e.word());
            }
        }
        this.requiredWords = required.toArray(String[]::new);
    }
}
