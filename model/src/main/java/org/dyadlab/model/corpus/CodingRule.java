package org.dyadlab.model.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule for automatic coding. Words are matched case-insensitively on word boundaries; a word ending in
 * {@code *} matches any word it starts ("sanction*" matches "sanctions", "sanctioned").
 *
 * <ul>
 *   <li>{@code term}: one word;</li>
 *   <li>{@code phrase}: words in this order, next to each other;</li>
 *   <li>{@code near}: two or more words, each within {@code within} words of the first one found, in any order.</li>
 * </ul>
 *
 * @param type   term, phrase or near
 * @param words  the word(s), lower case
 * @param within for near: the largest distance in words; 0 otherwise
 */
public record CodingRule(Type type, List<String> words, int within) {
    public enum Type { TERM, PHRASE, NEAR }

    public CodingRule {
        Objects.requireNonNull(type, "type");
        words = words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty() || words.stream().anyMatch(w -> w.isEmpty() || w.equals("*"))) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase(Locale.ROOT) + " rule needs words, was "
                    + words);
        }
        for (String w : words) {
            if (w.indexOf('*') >= 0 && w.indexOf('*') != w.length() - 1) {
                throw new IllegalArgumentException("'*' may only end a word, was '" + w + "'");
            }
        }
        switch (type) {
            case TERM -> {
                if (words.size() != 1 || within != 0) {
                    throw new IllegalArgumentException("a term rule is one word, was " + words);
                }
            }
            case PHRASE -> {
                if (within != 0) {
                    throw new IllegalArgumentException("a phrase rule has no distance");
                }
            }
            case NEAR -> {
                if (words.size() < 2 || within < 1 || within > 100) {
                    throw new IllegalArgumentException("a near rule needs two or more words and a distance of 1-100 "
                            + "words, was " + words + " within " + within);
                }
            }
        }
    }

    public static CodingRule term(String word) {
        return new CodingRule(Type.TERM, List.of(word), 0);
    }

    /** A phrase, its words split on white space. */
    public static CodingRule phrase(String text) {
        return new CodingRule(Type.PHRASE, List.of(text.strip().split("\\s+")), 0);
    }

    public static CodingRule near(List<String> words, int within) {
        return new CodingRule(Type.NEAR, words, within);
    }

    /** How the rule is recorded on the passages it codes: {@code term:aid}, {@code phrase:safe havens}, {@code near:aid,cut/8}. */
    public String describe() {
        return switch (type) {
            case TERM -> "term:" + words.get(0);
            case PHRASE -> "phrase:" + String.join(" ", words);
            case NEAR -> "near:" + String.join(",", words) + "/" + within;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
