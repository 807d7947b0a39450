package org.dyadlab.model.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The width of one step of a time series. Weeks are ISO weeks (Monday to Sunday); quarters are calendar
 * quarters. An interval is named by its first day.
 */
public enum Interval {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the interval containing the date. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the next interval, for an interval starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Interval ofKey(String key) {
        for (Interval i : values()) {
            if (i.key().equalsIgnoreCase(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("interval must be day, week, month, quarter or year, was '" + key + "'");
    }
}
