package org.dyadlab.events.io;

import java.time.LocalDate;

/** Parses compact dates without exceptions in the hot path. */
public final class DayDates {
    private DayDates() {
    }

    /** A yyyyMMdd number as a date, or null when it is not a real calendar day (month 13, 30 February…). */
    public static LocalDate ofYyyymmdd(long v) {
        if (v < 10000101L || v > 99991231L) {
            return null;
        }
        int year = (int) (v / 10000);
        int month = (int) (v / 100 % 100);
        int day = (int) (v % 100);
        return ofParts(year, month, day);
    }

    /** The date, or null when year/month/day do not form one. */
    public static LocalDate ofParts(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** Parses "yyyy-MM-dd"; null when the text is not such a date. */
    public static LocalDate ofIso(String s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        return ofParts(y, m, d);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return java.time.Year.isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
