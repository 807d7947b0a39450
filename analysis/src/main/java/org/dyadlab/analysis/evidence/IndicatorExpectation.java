package org.dyadlab.analysis.evidence;

import java.util.List;
import java.util.Locale;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * What a finding expects of an indicator between two of its rows — that it fell, rose or stayed within 10% —
 * and whether the rows bear it out.
 */
public enum IndicatorExpectation {
    INCREASE, DECREASE, STABLE;

    /** Within this share of the first value a change counts as stable. */
    public static final double STABLE_BAND = 0.10;

    /** The judgement of a pair of rows: the stance it gives the finding and the change in words. */
    public record Judgement(Stance stance, String note) {
    }

    public static IndicatorExpectation ofKey(String key) {
        return switch (key == null ? "" : key.strip().toLowerCase(Locale.ROOT)) {
            case "increase", "rise", "up" -> INCREASE;
            case "decrease", "fall", "down" -> DECREASE;
            case "stable", "flat" -> STABLE;
            default -> throw new IllegalArgumentException("expect must be increase, decrease or stable, was '" + key
                    + "'");
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Judges the change from the first to the last row (at least two rows, in date order). */
    public Judgement judge(List<IndicatorObservation> rows) {
        if (rows.size() < 2) {
            throw new IllegalArgumentException("a change needs two rows, had " + rows.size());
        }
        IndicatorObservation a = rows.get(0);
        IndicatorObservation b = rows.get(rows.size() - 1);
        double change = b.value() - a.value();
        double relative = a.value() == 0 ? (change == 0 ? 0 : Math.signum(change)) : change / Math.abs(a.value());
        IndicatorExpectation actual = Math.abs(relative) <= STABLE_BAND ? STABLE : change > 0 ? INCREASE : DECREASE;
        String note = String.format(Locale.ROOT, "%s to %s: %,.0f → %,.0f %s (%+.0f%%); expected %s, found %s",
                a.timeLabel(), b.timeLabel(), a.value(), b.value(), a.unit(), relative * 100, key(), actual.key());
        return new Judgement(actual == this ? Stance.SUPPORTS : Stance.CONTRADICTS, note);
    }
}
