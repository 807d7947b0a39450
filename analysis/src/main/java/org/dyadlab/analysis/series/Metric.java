package org.dyadlab.analysis.series;

import java.util.Locale;

/**
 * A quantity computed from {@link Sums}. Every metric is a ratio of two sums, so it is computed the same way
 * for a day, an interval, a period or a bootstrap resample: sum the numerators, sum the denominators, divide.
 *
 * <ul>
 *   <li>Count-like metrics (events, Goldstein sum, QuadClass counts, net cooperation) have denominator 1 per
 *       interval, so a period's value is the mean per interval; normalised, their denominator is the volume
 *       (thousands of events involving either actor, or of all events), so a period's value is the pooled
 *       rate per 1,000.</li>
 *   <li>Intensive metrics (Goldstein mean, QuadClass shares, conflict share) divide by the dyad's events
 *       and are never normalised. With no events they are undefined (NaN), never 0.</li>
 * </ul>
 * Net cooperation is the number of cooperative (QuadClass 1–2) events minus the number of conflictual
 * (QuadClass 3–4) ones. (The weighted version, cooperative minus absolute conflictual Goldstein weight, would
 * equal the Goldstein sum, since no QuadClass 3–4 code has a positive weight; the two weights are available
 * separately as cooperative_weight and conflictual_weight.)
 */
public enum Metric {
    EVENTS("events", true, "number of events"),
    GOLDSTEIN_MEAN("goldstein_mean", false, "mean Goldstein weight"),
    GOLDSTEIN_SUM("goldstein_sum", true, "sum of Goldstein weights"),
    VERBAL_COOPERATION("verbal_cooperation", true, "events of QuadClass 1"),
    MATERIAL_COOPERATION("material_cooperation", true, "events of QuadClass 2"),
    VERBAL_CONFLICT("verbal_conflict", true, "events of QuadClass 3"),
    MATERIAL_CONFLICT("material_conflict", true, "events of QuadClass 4"),
    VERBAL_COOPERATION_SHARE("verbal_cooperation_share", false, "share of events in QuadClass 1"),
    MATERIAL_COOPERATION_SHARE("material_cooperation_share", false, "share of events in QuadClass 2"),
    VERBAL_CONFLICT_SHARE("verbal_conflict_share", false, "share of events in QuadClass 3"),
    MATERIAL_CONFLICT_SHARE("material_conflict_share", false, "share of events in QuadClass 4"),
    CONFLICT_SHARE("conflict_share", false, "share of events in QuadClasses 3-4"),
    NET_COOPERATION("net_cooperation", true, "cooperative (QuadClass 1-2) minus conflictual (3-4) events"),
    COOPERATIVE_WEIGHT("cooperative_weight", true, "sum of Goldstein weights of QuadClass 1-2 events"),
    CONFLICTUAL_WEIGHT("conflictual_weight", true, "sum of absolute Goldstein weights of QuadClass 3-4 events");

    private final String key;
    private final boolean countLike;
    private final String description;

    Metric(String key, boolean countLike, String description) {
        this.key = key;
        this.countLike = countLike;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** True when the metric is a count or sum (normalisable, averaged per interval over a period). */
    public boolean isCountLike() {
        return countLike;
    }

    /** The metric's numerator for these sums. */
    public double numerator(Sums s) {
        return switch (this) {
            case EVENTS -> s.events();
            case GOLDSTEIN_MEAN, GOLDSTEIN_SUM -> s.goldsteinSum();
            case VERBAL_COOPERATION, VERBAL_COOPERATION_SHARE -> s.quad(1);
            case MATERIAL_COOPERATION, MATERIAL_COOPERATION_SHARE -> s.quad(2);
            case VERBAL_CONFLICT, VERBAL_CONFLICT_SHARE -> s.quad(3);
            case MATERIAL_CONFLICT, MATERIAL_CONFLICT_SHARE -> s.quad(4);
            case CONFLICT_SHARE -> s.quad(3) + s.quad(4);
            case NET_COOPERATION -> s.quad(1) + s.quad(2) - s.quad(3) - s.quad(4);
            case COOPERATIVE_WEIGHT -> s.coopWeight();
            case CONFLICTUAL_WEIGHT -> s.conflictWeight();
        };
    }

    /**
     * The metric's denominator for the sums of ONE interval: the dyad's events for intensive metrics; 1 or the
     * volume in thousands for count-like ones.
     */
    public double denominator(Sums s, Normalization n) {
        return countLike ? n.denominator(s) : s.events();
    }

    /** The metric's value for one interval's sums: NaN when its denominator is 0. */
    public double value(Sums s, Normalization n) {
        double d = denominator(s, n);
        return d == 0 ? Double.NaN : numerator(s) / d;
    }

    /** The normalisation that applies to this metric: none for intensive metrics, whatever was asked otherwise. */
    public Normalization effective(Normalization n) {
        return countLike ? n : Normalization.NONE;
    }

    public static Metric ofKey(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key.toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + key + "'; metrics: "
                + java.util.Arrays.stream(values()).map(Metric::key).toList());
    }
}
