package org.dyadlab.coder.match;

import org.dyadlab.coder.CodingOptions;

/**
 * Removes short comma-delimited clauses, which usually hold asides ("Osgiliath, the state's fiercest foe,") that
 * would otherwise be taken for an event's actors. As in TABARI and PETRARCH: the clause before the first comma
 * (only if {@code comma_bmax > 0}), the clause after the last comma (up to the final punctuation), then each
 * clause between two commas, are removed when their word count lies within the configured bounds. Only complete
 * phrases inside the clause are removed, so the parse stays balanced; the comma closing an internal clause is
 * kept; a clause is not removed if no verb phrase would be left outside it. Finally a comma left with no words
 * before it (or after it) is dropped.
 */
final class CommaClauses {
    private CommaClauses() {
    }

    static LinearParse remove(LinearParse p, CodingOptions o) {
        if (next(p, ",", 0) < 0) {
            return p;
        }
        if (o.commaBeginMax() != 0) {
            int first = next(p, ",", p.start());
            int n = words(p, p.start(), first);
            if (n >= o.commaBeginMin() && n <= o.commaBeginMax()) {
                p = deletePhrases(p, p.start(), first);
            }
        }
        if (o.commaEndMax() != 0) {
            int end = finalPunctuation(p);
            int last = previous(p, ",", end - 1);
            if (last >= p.start()) {
                int n = words(p, last, p.size());
                if (n >= o.commaEndMin() && n <= o.commaEndMax()) {
                    p = deletePhrases(p, last + 3, end);
                }
            }
        }
        if (o.commaMax() != 0) {
            int a = next(p, ",", 0);
            while (a >= 0) {
                int b = next(p, ",", a + 1);
                if (b < 0) {
                    break;
                }
                int n = words(p, a + 2, b);
                if (n >= o.commaMin() && n <= o.commaMax()) {
                    int before = p.size();
                    p = deletePhrases(p, a, b);
                    b -= before - p.size();
                }
                a = b;
            }
        }
        int first = next(p, ",", 0);
        if (first >= 0 && words(p, p.start(), first) == 0) {
            p = dropComma(p, first);
        }
        int end = finalPunctuation(p);
        int last = previous(p, ",", end - 1);
        if (last >= p.start() && words(p, last + 1, end) == 0) {
            p = dropComma(p, last);
        }
        return p;
    }

    /** Index of the first opening of {@code tag} at or after {@code from}, or -1. */
    private static int next(LinearParse p, String tag, int from) {
        for (int i = Math.max(from, 0); i < p.size(); i++) {
            if (p.get(i).isOpen(tag)) {
                return i;
            }
        }
        return -1;
    }

    private static int previous(LinearParse p, String tag, int from) {
        for (int i = Math.min(from, p.size() - 1); i >= 0; i--) {
            if (p.get(i).isOpen(tag)) {
                return i;
            }
        }
        return -1;
    }

    /** The opening of the last word's phrase (normally the final full stop). */
    private static int finalPunctuation(LinearParse p) {
        int k = p.size() - 1;
        while (k >= 0 && p.get(k).isClose()) {
            k--;
        }
        return k - 1;
    }

    /** Words starting with a letter between {@code from} and {@code to} (exclusive). */
    private static int words(LinearParse p, int from, int to) {
        int n = 0;
        for (int i = Math.max(from, 0); i < to && i < p.size(); i++) {
            Token t = p.get(i);
            if (t.isWord() && !t.word().isEmpty() && Character.isLetter(t.word().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Removes every complete phrase lying within [from, to) — unless no verb would be left outside it: then the
     * "clause" is the sentence's own predicate ("India, however, accused China"), not an aside.
     */
    private static LinearParse deletePhrases(LinearParse p, int from, int to) {
        if (!verbOutside(p, from, to)) {
            return p;
        }
        boolean[] remove = new boolean[p.size()];
        boolean any = false;
        int i = Math.max(from, 0);
        while (i < to && i < p.size()) {
            Token t = p.get(i);
            if (t.isOpen() && p.partner(i) < to) {
                for (int k = i; k <= p.partner(i); k++) {
                    remove[k] = true;
                }
                any = true;
                i = p.partner(i) + 1;
            } else {
                i++;
            }
        }
        return any ? p.without(remove) : p;
    }

    private static boolean verbOutside(LinearParse p, int from, int to) {
        for (int i = 0; i + 1 < p.size(); i++) {
            if (i == from) {
                i = to - 1;
                continue;
            }
            if (p.get(i).isOpen("VP") && p.get(i + 1).isOpen() && p.get(i + 1).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    private static LinearParse dropComma(LinearParse p, int open) {
        boolean[] remove = new boolean[p.size()];
        for (int k = open; k <= p.partner(open); k++) {
            remove[k] = true;
        }
        return p.without(remove);
    }
}
