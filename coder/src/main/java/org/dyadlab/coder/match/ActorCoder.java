package org.dyadlab.coder.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.coder.dictionary.ActorCodes;
import org.dyadlab.coder.dictionary.AgentCode;
import org.dyadlab.coder.dictionary.AgentDictionary;
import org.dyadlab.coder.dictionary.ActorDictionary;
import org.dyadlab.coder.dictionary.PhraseIndex;

/**
 * Codes an actor phrase: the first actor named in it (with the code valid on the sentence's date), then every
 * agent named outside the actor's own words, in order, each added once ("Pakistani police" → PAK + COP →
 * PAKCOP; "MSF Arnor diplomat" → NGO + ARN + GOV → NGOARNGOV). An agent whose code is already part of the code
 * (in steps of three letters) ends the search for more agents. Agents without an actor give "---" + agents.
 */
final class ActorCoder {
    /** The null code: no actor. */
    static final String NONE = "---";

    private final ActorDictionary actors;
    private final AgentDictionary agents;

    ActorCoder(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    /** The code of the phrase on {@code date}, or {@link #NONE}. */
    String code(List<String> phrase, LocalDate date) {
        String[] words = phrase.toArray(String[]::new);
        String actor = null;
        int actorStart = -1;
        int actorEnd = -1;
        for (int k = 0; k < words.length && actor == null; k++) {
            PhraseIndex.Match<ActorCodes> m = actors.matchAt(words, k);
            if (m != null) {
                String c = m.entry().value().codeOn(date);
                actor = c == null ? NONE : c;
                actorStart = k;
                actorEnd = k + m.length();
            }
        }
        List<AgentCode> found = new ArrayList<>(2);
        int k = 0;
        while (k < words.length) {
            if (k >= actorStart && k < actorEnd) {
                k++;
                continue;
            }
            PhraseIndex.Match<AgentCode> m = agents.matchAt(words, k);
            if (m != null) {
                found.add(m.entry().value());
                k += m.length();
            } else {
                k++;
            }
        }
        if (found.isEmpty()) {
            return actor == null ? NONE : actor;
        }
        String code = actor == null ? NONE : actor;
        for (AgentCode a : found) {
            if (containsAligned(code, a.code())) {
                break;
            }
            code = a.prefix() ? a.code() + code : code + a.code();
        }
        return code;
    }

    /** True when {@code part} occurs in {@code code} at a multiple of three. */
    private static boolean containsAligned(String code, String part) {
        for (int i = 0; i + part.length() <= code.length(); i += 3) {
            if (code.startsWith(part, i)) {
                return true;
            }
        }
        return false;
    }
}
