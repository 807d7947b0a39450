package org.dyadlab.coder.dictionary;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as PETRARCH dictionaries write them: YYYYMMDD, or YYMMDD where years 00–30 are 20YY and 31–99 are 19YY
 * (the KEDS/TABARI convention).
 */
public final class DictionaryDates {
    private DictionaryDates() {
    }

    /** The date, or null when {@code text} is not a valid YYYYMMDD or YYMMDD date. */
    public static LocalDate parse(String text) {
        String t = text.strip();
        if (!t.chars().allMatch(Character::isDigit) || (t.length() != 6 && t.length() != 8)) {
            return null;
        }
        int year;
        int rest;
        if (t.length() == 8) {
            year = Integer.parseInt(t.substring(0, 4));
            rest = 4;
        } else {
            int yy = Integer.parseInt(t.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(t.substring(rest, rest + 2)),
                    Integer.parseInt(t.substring(rest + 2, rest + 4)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
