package org.dyadlab.model.indicator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of an indicator series in long format: one row per indicator, subject and date.
 *
 * @param indicator a short key ("us_aid_obligations", "un_vote_agreement", "us_exports")
 * @param subject   a CAMEO country code ("PAK") or a dyad ("PAK-USA") the value describes
 * @param date      the first day of the time the value covers (1 October of the year before a US fiscal year)
 * @param precision what time the value covers: a calendar year, a US fiscal year, a month or a day
 * @param value     the value (NaN is not allowed: a missing value is a missing row)
 * @param unit      its unit ("USD", "share", "kappa")
 * @param source    a citation of the dataset the value comes from
 */
public record IndicatorObservation(String indicator, String subject, LocalDate date, Precision precision, double value,
                                   String unit, String source) {
    /** The time a value covers. */
    public enum Precision {
        YEAR, FISCAL_YEAR, MONTH, DAY;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Precision ofKey(String key) {
            for (Precision p : values()) {
                if (p.key().equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("precision must be year, fiscal-year, month or day, was '" + key + "'");
        }
    }

    public IndicatorObservation {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (!indicator.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("indicator keys are lower-case letters, digits and '_': '" + indicator + "'");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("indicator " + indicator + " for " + subject + " on " + date
                    + " has no finite value");
        }
    }

    /** The day after the time the value covers. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR, FISCAL_YEAR -> date.plusYears(1);
            case MONTH -> date.plusMonths(1);
            case DAY -> date.plusDays(1);
        };
    }

    /** The middle day of the time covered: decides which period the value belongs to. */
    public LocalDate midpoint() {
        return date.plusDays((end().toEpochDay() - date.toEpochDay()) / 2);
    }

    /** The year a reader names the value by: the fiscal year (FY2018) or the calendar year of its start. */
    public int year() {
        return precision == Precision.FISCAL_YEAR ? date.getYear() + 1 : date.getYear();
    }

    /** The label of the time covered: "2018", "FY2018", "2018-04", "2018-04-05". */
    public String timeLabel() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case FISCAL_YEAR -> "FY" + (date.getYear() + 1);
            case MONTH -> date.toString().substring(0, 7);
            case DAY -> date.toString();
        };
    }
}
