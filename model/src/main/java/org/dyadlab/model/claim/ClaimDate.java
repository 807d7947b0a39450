package org.dyadlab.model.claim;

import java.time.LocalDate;
import java.util.Objects;
import org.dyadlab.model.event.DatePrecision;

/**
 * A date as a manuscript writes it.
 *
 * @param date      the date (first day of the month or year when less precise; 1 January of the fiscal year's
 *                  name for a fiscal year)
 * @param precision day, month or year
 * @param fiscal    whether it names a US fiscal year ("FY2018", "fiscal year 2018")
 * @param text      as written
 */
public record ClaimDate(LocalDate date, DatePrecision precision, boolean fiscal, String text) {
    public ClaimDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        text = text == null ? "" : text;
    }

    /** Whether another date falls within this one at this one's precision (2018 holds 2018-01-04). */
    public boolean holds(LocalDate other) {
        return switch (precision) {
            case YEAR -> other.getYear() == date.getYear();
            case MONTH -> other.getYear() == date.getYear() && other.getMonth() == date.getMonth();
            case DAY -> other.equals(date);
        };
    }

    /** The date cut to its precision, as people write it ("2018", "2018-01", "2018-01-04"; "FY2018"). */
    public String label() {
        if (fiscal) {
            return "FY" + date.getYear();
        }
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> date.toString().substring(0, 7);
            case DAY -> date.toString();
        };
    }
}
