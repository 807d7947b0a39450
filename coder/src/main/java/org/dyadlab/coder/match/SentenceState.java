package org.dyadlab.coder.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.dyadlab.coder.CodingOptions;

/**
 * One sentence being coded: its flattened parse, its actor phrases and their codes (worked out when first asked),
 * which actor phrase and compound each token belongs to, and the original words for evidence.
 */
final class SentenceState {
    final LinearParse parse;
    final List<ActorPhrase> phrases;
    final CodingOptions options;
    final int[] actorOf;
    final int[] compoundOf;
    private final String[] original;
    private final LocalDate date;
    private final ActorCoder actorCoder;
    private final String[] codes;

    SentenceState(LinearParse parse, List<ActorPhrase> phrases, String[] original, LocalDate date,
                  CodingOptions options, ActorCoder actorCoder) {
        this.parse = parse;
        this.phrases = phrases;
        this.original = original;
        this.date = date;
        this.options = options;
        this.actorCoder = actorCoder;
        this.codes = new String[phrases.size()];
        this.actorOf = new int[parse.size()];
        this.compoundOf = new int[parse.size()];
        int actor = -1;
        int compound = -1;
        for (int i = 0; i < parse.size(); i++) {
            Token t = parse.get(i);
            if (t.isOpen("NE")) {
                actor = t.actor();
            } else if (t.isOpen("NEC")) {
                compound = t.actor();
            } else if (t.isClose() && t.tag().equals("NE")) {
                actorOf[i] = actor;
                compoundOf[i] = compound;
                actor = -1;
                continue;
            } else if (t.isClose() && t.tag().equals("NEC")) {
                compound = -1;
            }
            actorOf[i] = actor;
            compoundOf[i] = compound;
        }
    }

    /** The code of actor phrase {@code actor} on the sentence's date ("---" when it names none). */
    String code(int actor) {
        if (codes[actor] == null) {
            codes[actor] = actorCoder.code(phrases.get(actor).words(), date);
        }
        return codes[actor];
    }

    /** True when the phrase names an actor (an agent alone, "---GOV", counts as not coded, as in PETRARCH). */
    boolean coded(int actor) {
        return !code(actor).startsWith(ActorCoder.NONE);
    }

    /** The words between two tokens, as written in the sentence. */
    String text(int fromToken, int toToken) {
        StringBuilder b = new StringBuilder();
        for (int k = fromToken; k <= toToken; k++) {
            Token t = parse.get(k);
            if (t.isWord()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(original[t.position()]);
            }
        }
        return b.toString();
    }

    /** The actor phrase as written in the sentence. */
    String phraseText(int actor) {
        if (actor < 0) {
            return "";
        }
        List<Integer> positions = new ArrayList<>(new LinkedHashSet<>(phrases.get(actor).positions()));
        int[] sorted = positions.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        StringBuilder b = new StringBuilder();
        for (int p : sorted) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(original[p]);
        }
        return b.toString();
    }
}
