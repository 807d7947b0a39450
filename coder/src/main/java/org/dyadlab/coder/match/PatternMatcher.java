package org.dyadlab.coder.match;

import java.util.Arrays;
import java.util.List;
import org.dyadlab.coder.dictionary.PatternElement;
import org.dyadlab.coder.dictionary.VerbPattern;

/**
 * Matches a verb pattern against the words after and before a verb, trying every way the elements can be placed
 * (a blank connector lets words come between elements, {@code _} does not). {@code $} and {@code +} bind the actor
 * phrase at or after their place, {@code ^} skips one, {@code %} binds a compound as both source and target.
 */
final class PatternMatcher {
    /**
     * What a successful match bound: actor phrase ids (or -1), the compound of a {@code %} (or -1) and whether that
     * {@code %} came after the verb, and the sentence positions of the matched words.
     */
    record Binding(int source, int target, int compound, boolean compoundAfterVerb, int[] matchedPositions) {
        static final Binding NONE = new Binding(-1, -1, -1, false, new int[0]);
    }

    private final VerbPattern pattern;
    private final Side before;
    private final Side after;
    private int source = -1;
    private int target = -1;
    private int compound = -1;
    private boolean compoundAfterVerb;
    private final int[] matched = new int[64];
    private int matchedCount;

    private PatternMatcher(VerbPattern pattern, Side before, Side after) {
        this.pattern = pattern;
        this.before = before;
        this.after = after;
    }

    /** The binding of the first way the pattern matches, or null. */
    static Binding match(VerbPattern pattern, Side before, Side after) {
        PatternMatcher m = new PatternMatcher(pattern, before, after);
        if (!m.matchFrom(0, 0, 0)) {
            return null;
        }
        return new Binding(m.source, m.target, m.compound, m.compoundAfterVerb,
                Arrays.copyOf(m.matched, m.matchedCount));
    }

    /** Phase 0 matches the elements after the verb, then phase 1 those before it. */
    private boolean matchFrom(int phase, int element, int pos) {
        List<PatternElement> elements = phase == 0 ? pattern.after() : pattern.before();
        Side side = phase == 0 ? after : before;
        if (element == elements.size()) {
            return phase == 1 || matchFrom(1, 0, 0);
        }
        PatternElement e = elements.get(element);
        int last = e.adjacent() ? Math.min(pos, side.size() - 1) : side.size() - 1;
        switch (e.kind()) {
            case WORD:
                for (int c = pos; c <= last; c++) {
                    if (side.words[c].equals(e.word()) && push(side, c, 1)
                            && (matchFrom(phase, element + 1, c + 1) || pop(1))) {
                        return true;
                    }
                }
                return false;
            case SYNSET:
                for (int c = pos; c <= last; c++) {
                    for (List<String> phrase : e.synset().phrases()) {
                        int n = phrase.size();
                        if (phraseAt(side, c, phrase) && push(side, c, n)
                                && (matchFrom(phase, element + 1, c + n) || pop(n))) {
                            return true;
                        }
                    }
                }
                return false;
            case SOURCE:
            case TARGET:
            case SKIP_ACTOR:
                return actorElement(phase, element, e, side, pos, last);
            case COMPOUND:
                for (int c = pos; c <= last; c++) {
                    if (side.compound[c] < 0 || (c > pos && side.compound[c - 1] == side.compound[c])) {
                        continue;
                    }
                    int end = c;
                    while (end < side.size() && side.compound[end] == side.compound[c]) {
                        end++;
                    }
                    int saved = compound;
                    boolean savedAfter = compoundAfterVerb;
                    compound = side.compound[c];
                    compoundAfterVerb = phase == 0;
                    if (matchFrom(phase, element + 1, end)) {
                        return true;
                    }
                    compound = saved;
                    compoundAfterVerb = savedAfter;
                }
                return false;
            default:
                throw new IllegalStateException("unknown pattern element " + e.kind());
        }
    }

    private boolean actorElement(int phase, int element, PatternElement e, Side side, int pos, int last) {
        for (int c = pos; c <= last; c++) {
            int a = side.actor[c];
            if (a < 0 || (c > pos && side.actor[c - 1] == a)) {
                continue;
            }
            if (e.kind() == PatternElement.Kind.SKIP_ACTOR) {
                int end = c;
                while (end < side.size() && side.actor[end] == a) {
                    end++;
                }
                if (matchFrom(phase, element + 1, end)) {
                    return true;
                }
                continue;
            }
            boolean isSource = e.kind() == PatternElement.Kind.SOURCE;
            int saved = isSource ? source : target;
            if (isSource) {
                source = a;
            } else {
                target = a;
            }
            if (matchFrom(phase, element + 1, c + 1)) {
                return true;
            }
            if (isSource) {
                source = saved;
            } else {
                target = saved;
            }
        }
        return false;
    }

    /** The phrase's words in text order at side index {@code c} (reversed on the before side). */
    private static boolean phraseAt(Side side, int c, List<String> phrase) {
        int n = phrase.size();
        if (c + n > side.size()) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            String want = side.reversed ? phrase.get(n - 1 - j) : phrase.get(j);
            if (!side.words[c + j].equals(want)) {
                return false;
            }
        }
        return true;
    }

    private boolean push(Side side, int c, int n) {
        for (int j = 0; j < n && matchedCount < matched.length; j++) {
            matched[matchedCount++] = side.position[c + j];
        }
        return true;
    }

    private boolean pop(int n) {
        matchedCount = Math.max(0, matchedCount - n);
        return false;
    }
}
