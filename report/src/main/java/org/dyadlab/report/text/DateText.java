package org.dyadlab.report.text;

import java.time.LocalDate;
import java.util.Locale;

/** Dates as the report prints them: ISO 8601, cut to the precision they are known to ("2018", "2018-01"). */
public final class DateText {
    private DateText() {
    }

    /** The date in ISO form, or {@link Figures#MISSING} when there is none. */
    public static String of(LocalDate date) {
        return date == null ? Figures.MISSING : date.toString();
    }

    /** The date cut to its precision: "year" and "month" shorten it, anything else keeps the day. */
    public static String of(LocalDate date, String precision) {
        if (date == null) {
            return Figures.MISSING;
        }
        String p = precision == null ? "" : precision.toLowerCase(Locale.ROOT);
        String iso = date.toString();
        if (p.equals("year") && iso.length() >= 4) {
            return iso.substring(0, iso.length() - 6);
        }
        if (p.equals("month")) {
            return iso.substring(0, iso.length() - 3);
        }
        return iso;
    }
}
