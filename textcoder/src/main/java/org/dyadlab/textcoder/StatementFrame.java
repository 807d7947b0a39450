package org.dyadlab.textcoder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The frame of a first-person statement (a government's speech, a leader's post): each sentence is what the
 * speaker says. Following PETRARCH2's transformation "a says (b did something hostile) = a accuses b", an event
 * whose source is another actor, coded from a sentence holding a word of wrongdoing ("lies", "deceit", "safe
 * haven", "aggression": {@code accusation-terms.txt}), gives the event speaker → that actor, CAMEO 112
 * (accuse), in its place. Events whose source is the speaker stand as coded.
 */
final class StatementFrame {
    private final List<String[]> terms;

    private StatementFrame(List<String[]> terms) {
        this.terms = terms;
    }

    static StatementFrame standard() {
        try (InputStream in = StatementFrame.class.getResourceAsStream("accusation-terms.txt")) {
            if (in == null) {
                throw new IllegalStateException("accusation-terms.txt is missing from the class path");
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(Locale.ROOT).split("\\s+"));
                }
            }
            return new StatementFrame(List.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first accusation term in the sentence's words, or null. */
    String accusation(String[] tokens) {
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < lower.length; i++) {
            for (String[] term : terms) {
                if (matchesAt(term, lower, i)) {
                    return String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + term.length));
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(String[] term, String[] words, int at) {
        if (at + term.length > words.length) {
            return false;
        }
        for (int k = 0; k < term.length; k++) {
            String t = term[k];
            String w = words[at + k];
            boolean ok = t.endsWith("*") ? w.startsWith(t.substring(0, t.length() - 1)) : w.equals(t);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
