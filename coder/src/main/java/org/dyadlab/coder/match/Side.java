package org.dyadlab.coder.match;

/**
 * The words on one side of a verb, in the order a pattern is matched: after the verb in text order (to the end of
 * its verb phrase), or before it going back from the verb (to the start of the sentence or the nearest comma).
 * Each word knows the actor phrase and compound it belongs to (-1 for none).
 */
final class Side {
    final String[] words;
    final int[] actor;
    final int[] compound;
    final int[] position;
    final boolean reversed;
    /** For a before side, the token it starts from (going back); -1 for an after side. */
    int from = -1;
    /** Whether the source may be looked for past the comma that ends this side (see {@link ActorRoles}). */
    boolean sourceBeyondComma;

    Side(String[] words, int[] actor, int[] compound, int[] position, boolean reversed) {
        this.words = words;
        this.actor = actor;
        this.compound = compound;
        this.position = position;
        this.reversed = reversed;
    }

    int size() {
        return words.length;
    }

    /** The words after the verb phrase token {@code from} up to (excluding) {@code to}. */
    static Side after(LinearParse p, int[] actorOf, int[] compoundOf, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (p.get(i).isWord()) {
                n++;
            }
        }
        Side s = new Side(new String[n], new int[n], new int[n], new int[n], false);
        int k = 0;
        for (int i = from; i < to; i++) {
            if (p.get(i).isWord()) {
                s.fill(k++, p, i, actorOf, compoundOf);
            }
        }
        return s;
    }

    /** The words before token {@code from}, going back to the clause start or the nearest preceding comma. */
    static Side before(LinearParse p, int[] actorOf, int[] compoundOf, int from) {
        return before(p, actorOf, compoundOf, from, true);
    }

    /** The words before token {@code from} back to the clause start, stopping at a comma if {@code stopAtComma}. */
    static Side before(LinearParse p, int[] actorOf, int[] compoundOf, int from, boolean stopAtComma) {
        int stop = p.start();
        for (int i = from; i >= p.start() && stopAtComma; i--) {
            Token t = p.get(i);
            if (t.isClose() && t.tag().equals(",")) {
                stop = i + 1;
                break;
            }
        }
        int n = 0;
        for (int i = from; i >= stop; i--) {
            if (p.get(i).isWord()) {
                n++;
            }
        }
        Side s = new Side(new String[n], new int[n], new int[n], new int[n], true);
        s.from = from;
        int k = 0;
        for (int i = from; i >= stop; i--) {
            if (p.get(i).isWord()) {
                s.fill(k++, p, i, actorOf, compoundOf);
            }
        }
        return s;
    }

    private void fill(int k, LinearParse p, int token, int[] actorOf, int[] compoundOf) {
        words[k] = p.get(token).word();
        actor[k] = actorOf[token];
        compound[k] = compoundOf[token];
        position[k] = p.get(token).position();
    }
}
