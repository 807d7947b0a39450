package org.dyadlab.textcoder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyadlab.coder.dictionary.ActorCodes;
import org.dyadlab.coder.dictionary.ActorDictionary;
import org.dyadlab.coder.dictionary.PhraseIndex;
import org.dyadlab.textcoder.nlp.TaggedSentence;

/**
 * Reads the pronouns an actor dictionary cannot: in a first-person statement, "we", "us", "our", "I", "me", "my"
 * stand for the speaker; "they", "them", "their" for the last country or organisation the document named before
 * them (other than the speaker). The pronoun's token is replaced, for the parser, by the words naming the actor
 * (a possessive gets "'s"), keeping the pronoun's offsets. "It" and "he"/"she" are left alone: too often they name
 * no actor. One instance follows one document, sentence by sentence.
 */
final class Pronouns {
    private static final Set<String> FIRST = Set.of("we", "us", "i", "me", "ourselves");
    private static final Set<String> FIRST_POSSESSIVE = Set.of("our", "my");
    private static final Set<String> THIRD = Set.of("they", "them");
    private static final Set<String> THIRD_POSSESSIVE = Set.of("their");

    private final ActorDictionary actors;
    private final String[] speaker;
    private final LocalDate date;
    private String[] antecedent;
    private String antecedentCountry;
    private String speakerCountry;

    Pronouns(ActorDictionary actors, String speakerPhrase, LocalDate date) {
        this.actors = actors;
        this.date = date;
        this.speaker = speakerPhrase == null || speakerPhrase.isBlank() ? null : speakerPhrase.strip().split("\\s+");
        if (speaker != null) {
            this.speakerCountry = country(codeOf(upper(speaker), 0));
        }
    }

    /** The sentence with its pronouns replaced, and a note of each replacement (empty when none). */
    record Reading(TaggedSentence sentence, String note) {
    }

    Reading read(TaggedSentence s) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> chunks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        String[] words = upper(s.tokens());
        int namedUntil = -1;
        for (int i = 0; i < s.size(); i++) {
            if (i > namedUntil) {
                namedUntil = remember(s, words, i);
            }
            String w = s.tokens()[i].toLowerCase(Locale.ROOT);
            String tag = s.tags()[i];
            String[] replacement = null;
            boolean possessive = false;
            if (speaker != null && (FIRST.contains(w) || FIRST_POSSESSIVE.contains(w)) && tag.startsWith("PRP")) {
                replacement = speaker;
                possessive = FIRST_POSSESSIVE.contains(w);
            } else if (antecedent != null && (THIRD.contains(w) || THIRD_POSSESSIVE.contains(w))
                    && tag.startsWith("PRP")) {
                replacement = antecedent;
                possessive = THIRD_POSSESSIVE.contains(w);
            }
            if (replacement == null) {
                add(tokens, tags, chunks, starts, ends, s.tokens()[i], tag, s.chunks()[i], s.starts()[i], s.ends()[i]);
                continue;
            }
            if (note.length() > 0) {
                note.append("; ");
            }
            note.append(s.tokens()[i]).append(" = ").append(String.join(" ", replacement));
            String chunk = s.chunks()[i];
            for (int k = 0; k < replacement.length; k++) {
                String c = k == 0 ? chunk : chunk.startsWith("B-") || chunk.startsWith("I-") ? "I-" + chunk.substring(2)
                        : chunk;
                add(tokens, tags, chunks, starts, ends, replacement[k], "NNP", c, s.starts()[i], s.ends()[i]);
            }
            if (possessive) {
                String c = chunk.startsWith("B-") || chunk.startsWith("I-") ? "I-" + chunk.substring(2) : chunk;
                add(tokens, tags, chunks, starts, ends, "'s", "POS", c, s.ends()[i], s.ends()[i]);
            }
        }
        if (note.length() == 0) {
            return new Reading(s, "");
        }
        return new Reading(new TaggedSentence(s.text(), tokens.toArray(String[]::new), ints(starts), ints(ends),
                tags.toArray(String[]::new), chunks.toArray(String[]::new)), note.toString());
    }

    /**
     * If a proper-noun actor with a country (not the speaker's) starts at word {@code i}, remembers it as the
     * antecedent of later "they"; returns the index of its last word ({@code i} when none starts there).
     */
    private int remember(TaggedSentence s, String[] words, int i) {
        if (!s.tags()[i].startsWith("NNP")) {
            return i;
        }
        PhraseIndex.Match<ActorCodes> m = actors.matchAt(words, i);
        if (m == null) {
            return i;
        }
        String country = country(m.entry().value().codeOn(date));
        if (country != null && !country.equals(speakerCountry)) {
            antecedent = java.util.Arrays.copyOfRange(s.tokens(), i, i + m.length());
            antecedentCountry = country;
        }
        return i + m.length() - 1;
    }

    private String codeOf(String[] words, int at) {
        PhraseIndex.Match<ActorCodes> m = actors.matchAt(words, at);
        return m == null ? null : m.entry().value().codeOn(date);
    }

    private static String country(String code) {
        return code == null || code.length() < 3 || code.startsWith("---") || code.startsWith("\"") ? null
                : code.substring(0, 3);
    }

    String antecedentCountry() {
        return antecedentCountry;
    }

    private static String[] upper(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].toUpperCase(Locale.ROOT);
        }
        return out;
    }

    private static void add(List<String> tokens, List<String> tags, List<String> chunks, List<Integer> starts,
                            List<Integer> ends, String token, String tag, String chunk, int start, int end) {
        tokens.add(token);
        tags.add(tag);
        chunks.add(chunk);
        starts.add(start);
        ends.add(end);
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
