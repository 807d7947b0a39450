package org.dyadlab.coder.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A parse flattened into a sequence of phrase openings, words and phrase closings, with noun phrases already
 * turned into actor phrases ({@code NE}) and compounds ({@code NEC}): the form the PETRARCH-style dictionaries
 * are matched against. Immutable; removing comma clauses gives a new one.
 */
final class LinearParse {
    private final List<Token> tokens;
    private final int[] partner;
    private final int start;

    LinearParse(List<Token> tokens, int start) {
        this.tokens = List.copyOf(tokens);
        this.partner = partners(this.tokens);
        this.start = start;
    }

    private static int[] partners(List<Token> tokens) {
        int[] p = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            p[i] = -1;
            if (t.isOpen()) {
                open.push(i);
            } else if (t.isClose()) {
                if (open.isEmpty()) {
                    throw new IllegalStateException("unbalanced linear parse at " + i);
                }
                int o = open.pop();
                p[o] = i;
                p[i] = o;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("unbalanced linear parse");
        }
        return p;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** For an open, the index of its close; for a close, of its open; -1 for a word. */
    int partner(int i) {
        return partner[i];
    }

    /** The first index after the top phrase's own opening (where a clause's first words are). */
    int start() {
        return start;
    }

    /** A copy without the tokens whose indices are marked. */
    LinearParse without(boolean[] remove) {
        List<Token> kept = new ArrayList<>(tokens.size());
        int newStart = start;
        for (int i = 0; i < tokens.size(); i++) {
            if (!remove[i]) {
                kept.add(tokens.get(i));
            } else if (i < start) {
                newStart--;
            }
        }
        return new LinearParse(kept, newStart);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }
}
