package org.dyadlab.analysis.claims;

import java.time.LocalDate;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.event.DatePrecision;

/** Comparing a claimed date with an evidence date at the coarser of their two precisions. */
final class Dates {
    private Dates() {
    }

    /**
     * Whether the claimed date agrees with the evidence: the same year, month or day at the coarser precision; a
     * day-precise claim may be one day off a day-precise date (time zones, announcement and publication).
     */
    static boolean fits(ClaimDate claim, LocalDate date, DatePrecision precision) {
        DatePrecision p = coarser(claim.precision(), precision);
        LocalDate c = claim.date();
        return switch (p) {
            case YEAR -> c.getYear() == date.getYear();
            case MONTH -> c.getYear() == date.getYear() && c.getMonth() == date.getMonth();
            case DAY -> Math.abs(c.toEpochDay() - date.toEpochDay()) <= 1;
        };
    }

    static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
