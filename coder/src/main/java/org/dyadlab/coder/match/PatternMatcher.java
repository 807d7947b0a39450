package org.dyadlab.coder.match;

import java.util.Arrays;
import java.util.Set;

/**
 * Matches verb patterns against the words after and before a verb, trying every way the elements can be placed
 * (a blank connector lets words come between elements, {@code _} does not). {@code $} and {@code +} bind the actor
 * phrase at or after their place, {@code ^} skips one, {@code %} binds a compound. One matcher serves one verb:
 * it is reused for each of the verb's patterns.
 */
final class PatternMatcher {
    /**
     * What a successful match bound: actor phrase ids (or -1), the compound of a {@code %} (or -1) and whether that
     * {@code %} came after the verb, and the sentence positions of the matched words.
     */
    record Binding(int source, int target, int compound, boolean compoundAfterVerb, int[] matchedPositions) {
        static final Binding NONE = new Binding(-1, -1, -1, false, new int[0]);
    }

    private final Side before;
    private final Side after;
    private final Set<String> words;
    private CompiledPattern pattern;
    private int source;
    private int target;
    private int compound;
    private boolean compoundAfterVerb;
    private int[] matched = new int[16];
    private int matchedCount;

    /** A matcher for one verb; {@code words} holds every word of both sides, for the quick rejection. */
    PatternMatcher(Side before, Side after, Set<String> words) {
        this.before = before;
        this.after = after;
        this.words = words;
    }

    /** The binding of the first way the pattern matches, or null. */
    Binding match(CompiledPattern p) {
        for (String w : p.requiredWords) {
            if (!words.contains(w)) {
                return null;
            }
        }
        pattern = p;
        source = -1;
        target = -1;
        compound = -1;
        compoundAfterVerb = false;
        matchedCount = 0;
        if (!matchFrom(0, 0, 0)) {
            return null;
        }
        return new Binding(source, target, compound, compoundAfterVerb, Arrays.copyOf(matched, matchedCount));
    }

    /** Phase 0 matches the elements after the verb, then phase 1 those before it. */
    private boolean matchFrom(int phase, int element, int pos) {
        CompiledPattern.Element[] elements = phase == 0 ? pattern.after : pattern.before;
        Side side = phase == 0 ? after : before;
        if (element == elements.length) {
            return phase == 1 || matchFrom(1, 0, 0);
        }
        CompiledPattern.Element e = elements[element];
        int last = e.adjacent ? Math.min(pos, side.size() - 1) : side.size() - 1;
        switch (e.kind) {
            case CompiledPattern.WORD:
                for (int c = pos; c <= last; c++) {
                    if (side.words[c].equals(e.word)) {
                        push(side, c, 1);
                        if (matchFrom(phase, element + 1, c + 1)) {
                            return true;
                        }
                        matchedCount -= 1;
                    }
                }
                return false;
            case CompiledPattern.SYNSET:
                for (int c = pos; c <= last; c++) {
                    String[][] candidates = (side.reversed ? e.byLastWord : e.byFirstWord).get(side.words[c]);
                    if (candidates == null) {
                        continue;
                    }
                    for (String[] phrase : candidates) {
                        int n = phrase.length;
                        if (phraseAt(side, c, phrase)) {
                            push(side, c, n);
                            if (matchFrom(phase, element + 1, c + n)) {
                                return true;
                            }
                            matchedCount -= n;
                        }
                    }
                }
                return false;
            case CompiledPattern.COMPOUND:
                return compoundElement(phase, element, side, pos, last);
            default:
                return actorElement(phase, element, e.kind, side, pos, last);
        }
    }

    private boolean compoundElement(int phase, int element, Side side, int pos, int last) {
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
    }

    private boolean actorElement(int phase, int element, int kind, Side side, int pos, int last) {
        for (int c = pos; c <= last; c++) {
            int a = side.actor[c];
            if (a < 0 || (c > pos && side.actor[c - 1] == a)) {
                continue;
            }
            if (kind == CompiledPattern.SKIP_ACTOR) {
                int end = c;
                while (end < side.size() && side.actor[end] == a) {
                    end++;
                }
                if (matchFrom(phase, element + 1, end)) {
                    return true;
                }
                continue;
            }
            boolean isSource = kind == CompiledPattern.SOURCE;
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
    private static boolean phraseAt(Side side, int c, String[] phrase) {
        int n = phrase.length;
        if (c + n > side.size()) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            String want = side.reversed ? phrase[n - 1 - j] : phrase[j];
            if (!side.words[c + j].equals(want)) {
                return false;
            }
        }
        return true;
    }

    private void push(Side side, int c, int n) {
        if (matchedCount + n > matched.length) {
            matched = Arrays.copyOf(matched, Math.max(matched.length * 2, matchedCount + n));
        }
        for (int j = 0; j < n; j++) {
            matched[matchedCount++] = side.position[c + j];
        }
    }
}
