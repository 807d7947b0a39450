package org.dyadlab.coder.match;

import java.util.Set;

/**
 * What the coder needs to know about a verb phrase of a {@link LinearParse}: whether it is headed by a verb,
 * whether it is passive ("was opposed by"), and whether its verb is negated ("did not accuse", "never arrested").
 */
final class VerbPhrases {
    private static final Set<String> FORMS_OF_BE = Set.of("IS", "WAS", "WERE", "ARE", "BE", "BEEN", "BEING", "'S");
    private static final Set<String> FORMS_OF_HAVE = Set.of("HAS", "HAVE", "HAD", "HAVING");
    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER");

    private final LinearParse parse;

    VerbPhrases(LinearParse parse) {
        this.parse = parse;
    }

    /** True when token {@code i} opens a verb phrase whose first child is a verb. */
    boolean isHeadedByVerb(int i) {
        return parse.get(i).isOpen("VP") && i + 2 < parse.size() && parse.get(i + 1).isOpen()
                && parse.get(i + 1).tag().startsWith("VB") && parse.get(i + 2).isWord();
    }

    /**
     * The word index of the participle of a passive verb phrase, or -1: the phrase is headed by a form of "be"
     * (possibly after "have": "has been opposed"), its verb-phrase chain ends in a past participle, and "by"
     * follows the participle within the phrase ("was opposed by", "was fiercely opposed earlier by").
     */
    int passiveVerb(int vp, int end) {
        boolean sawBe = false;
        int current = vp;
        int head = vp + 2;
        while (true) {
            String h = parse.get(head).word();
            if (FORMS_OF_BE.contains(h)) {
                sawBe = true;
            } else if (!FORMS_OF_HAVE.contains(h)) {
                return -1;
            }
            int child = childVerbPhrase(current);
            int verb = child < 0 ? -1 : firstVerb(child);
            if (verb < 0) {
                return -1;
            }
            if (sawBe && parse.get(verb - 1).tag().equals("VBN")) {
                for (int k = verb + 1; k < end; k++) {
                    if (parse.get(k).isWord() && parse.get(k).word().equals("BY")) {
                        return verb;
                    }
                }
                return -1;
            }
            current = child;
            head = verb;
        }
    }

    /** The first verb phrase directly inside the verb phrase opened at {@code vp}, or -1. */
    private int childVerbPhrase(int vp) {
        int k = vp + 1;
        int end = parse.partner(vp);
        while (k < end) {
            if (parse.get(k).isOpen("VP")) {
                return k;
            }
            k = parse.get(k).isOpen() ? parse.partner(k) + 1 : k + 1;
        }
        return -1;
    }

    /** The word index of the first verb directly inside the verb phrase opened at {@code vp}, or -1. */
    private int firstVerb(int vp) {
        int k = vp + 1;
        int end = parse.partner(vp);
        while (k < end) {
            Token t = parse.get(k);
            if (t.isOpen() && t.tag().startsWith("VB") && parse.get(k + 1).isWord()) {
                return k + 1;
            }
            k = t.isOpen() ? parse.partner(k) + 1 : k + 1;
        }
        return -1;
    }

    /**
     * The sentence position of a "not", "n't" or "never" that negates the verb at token {@code verb} (an
     * adverb among the preceding siblings of the verb or of the verb phrases above it, up to the clause), or
     * -1.
     */
    int negation(int verb) {
        int k = verb - 1;
        while (k >= 0) {
            Token t = parse.get(k);
            if (t.isClose()) {
                int open = parse.partner(k);
                int w = negationWord(open, k);
                if (w >= 0) {
                    return w;
                }
                k = open - 1;
            } else if (t.isOpen()) {
                if (!t.tag().equals("VP") && !t.tag().startsWith("VB") && !t.tag().equals("MD")) {
                    return -1;
                }
                k--;
            } else {
                k--;
            }
        }
        return -1;
    }

    /** The position of a negating adverb that is, or heads, the phrase [open, close]; -1 if none. */
    private int negationWord(int open, int close) {
        String tag = parse.get(open).tag();
        if (!tag.equals("RB") && !tag.equals("ADVP")) {
            return -1;
        }
        for (int k = open + 1; k < close; k++) {
            Token t = parse.get(k);
            if (t.isWord() && NEGATIONS.contains(t.word())) {
                return t.position();
            }
        }
        return -1;
    }
}
