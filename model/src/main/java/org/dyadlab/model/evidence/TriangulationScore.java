package org.dyadlab.model.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well a finding is backed: its supporting evidence counted by independent source, by kind of source and
 * by side (docs/claims.md, "Triangulation").
 *
 * @param supporting         supporting evidence items
 * @param contradicting      contradicting evidence items
 * @param independentSources distinct originators among the supporting items' sources
 * @param originators        those originators, sorted
 * @param kinds              the source kinds among them ("official", "news", "dataset"…), sorted
 * @param sides              the sides among them ("PAK", "USA", "third-party"), sorted
 * @param score              0–1: the mean of min(sources, 3)/3, min(kinds, 3)/3 and min(sides, 3)/3, halved when
 *                           contradicting evidence exists; 0 without supporting evidence
 * @param strength           the score in words
 * @param flags              what a reviewer should look at
 */
public record TriangulationScore(int supporting, int contradicting, int independentSources, List<String> originators,
                                 List<String> kinds, List<String> sides, double score, Strength strength,
                                 List<Flag> flags) {
    /** The score in words: strong from 0.75, moderate from 0.5, weak above 0, none at 0. */
    public enum Strength {
        STRONG, MODERATE, WEAK, NONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Strength of(double score) {
            return score >= 0.75 ? STRONG : score >= 0.5 ? MODERATE : score > 0 ? WEAK : NONE;
        }
    }

    /** Something a reviewer should look at. */
    public enum Flag {
        /** No supporting evidence at all. */
        NO_EVIDENCE,
        /** All support comes from one originator. */
        SINGLE_SOURCE,
        /** All support comes from one side (only Pakistani, only US or only third-party sources). */
        SINGLE_SIDE,
        /** All support comes from one kind of source (only news, only official…). */
        SINGLE_KIND,
        /** Some evidence contradicts the finding. */
        CONTRADICTED,
        /** A declared reference did not resolve (an unknown chronology id, an indicator row that is not there). */
        UNRESOLVED_REFERENCE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public TriangulationScore {
        originators = List.copyOf(originators);
        kinds = List.copyOf(kinds);
        sides = List.copyOf(sides);
        Objects.requireNonNull(strength, "strength");
        flags = List.copyOf(flags);
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("a triangulation score lies in [0, 1], was " + score);
        }
    }
}
