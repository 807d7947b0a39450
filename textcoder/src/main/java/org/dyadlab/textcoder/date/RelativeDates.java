package org.dyadlab.textcoder.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyadlab.model.event.DatePrecision;

/**
 * Dates a sentence's events from the first date expression it holds, resolved against the document's date;
 * without one, the document's date and precision. News is written about the past, so a weekday ("on Wednesday")
 * is the latest such day on or before the document date unless "next" says otherwise; a month without a year
 * ("in March") the latest March not after the document's month.
 *
 * <p>Understood: today, tonight, yesterday, tomorrow; (on/last/next/this) Monday…Sunday; last/this/next month
 * or year; N days/months/years ago; "5 March", "March 5" with an optional year; "March 2014", "in March";
 * "in 2014". Weeks are not resolved (no week precision): "last week" leaves the document's date.
 */
public final class RelativeDates {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "by", "early", "late", "mid",
            "last", "next", "this", "of", "during", "before", "after", "from");

    private RelativeDates() {
    }

    /**
     * The date of the sentence whose words are {@code tokens} in a document dated {@code documentDate} with
     * {@code documentPrecision}.
     */
    public static EventDate resolve(String[] tokens, LocalDate documentDate, DatePrecision documentPrecision) {
        for (int i = 0; i < tokens.length; i++) {
            EventDate d = at(tokens, i, documentDate);
            if (d != null) {
                return d;
            }
        }
        return new EventDate(documentDate, documentPrecision, "");
    }

    private static EventDate at(String[] t, int i, LocalDate doc) {
        String w = lower(t[i]);
        String prev = i > 0 ? lower(t[i - 1]) : "";
        String next = i + 1 < t.length ? lower(t[i + 1]) : "";
        switch (w) {
            case "today", "tonight" -> {
                return day(doc, t[i]);
            }
            case "yesterday" -> {
                return day(doc.minusDays(1), t[i]);
            }
            case "tomorrow" -> {
                return day(doc.plusDays(1), t[i]);
            }
            case "month", "year" -> {
                if (prev.equals("last") || prev.equals("this") || prev.equals("next")) {
                    int shift = prev.equals("last") ? -1 : prev.equals("next") ? 1 : 0;
                    String words = t[i - 1] + " " + t[i];
                    return w.equals("month")
                            ? new EventDate(doc.withDayOfMonth(1).plusMonths(shift), DatePrecision.MONTH, words)
                            : new EventDate(doc.withDayOfYear(1).plusYears(shift), DatePrecision.YEAR, words);
                }
                return null;
            }
            case "ago" -> {
                return ago(t, i, doc);
            }
            default -> {
                // a weekday, a month name or a year below
            }
        }
        DayOfWeek weekday = weekday(w);
        if (weekday != null) {
            LocalDate d = prev.equals("next") ? doc.with(TemporalAdjusters.next(weekday))
                    : doc.with(TemporalAdjusters.previousOrSame(weekday));
            String words = prev.equals("next") || prev.equals("last") || prev.equals("on") ? t[i - 1] + " " + t[i] : t[i];
            return day(d, words);
        }
        Month month = month(t[i]);
        if (month != null) {
            return monthExpression(t, i, month, doc, prev, next);
        }
        if ((prev.equals("in") || prev.equals("since")) && isYear(w)) {
            return new EventDate(LocalDate.of(Integer.parseInt(w), 1, 1), DatePrecision.YEAR, t[i - 1] + " " + t[i]);
        }
        return null;
    }

    private static EventDate monthExpression(String[] t, int i, Month month, LocalDate doc, String prev, String next) {
        Integer dayAfter = dayNumber(next);
        Integer dayBefore = dayNumber(prev);
        boolean cue = MONTH_CUES.contains(prev) || dayAfter != null || dayBefore != null || isYear(next);
        if (!cue || (month == Month.MAY && !Character.isUpperCase(t[i].charAt(0)))) {
            return null;
        }
        int yearAt = dayAfter != null ? i + 2 : i + 1;
        if (dayAfter != null && yearAt < t.length && t[yearAt].equals(",")) {
            yearAt++;
        }
        Integer year = yearAt < t.length && isYear(t[yearAt]) ? Integer.valueOf(t[yearAt]) : null;
        int y = year != null ? year : month.getValue() <= doc.getMonthValue() ? doc.getYear() : doc.getYear() - 1;
        Integer day = dayAfter != null ? dayAfter : dayBefore;
        int from = dayBefore != null && dayAfter == null || MONTH_CUES.contains(prev) ? i - 1 : i;
        int to = year != null ? yearAt : dayAfter != null ? i + 1 : i;
        String words = join(t, from, to);
        if (day != null && day <= month.length(java.time.Year.isLeap(y))) {
            return new EventDate(LocalDate.of(y, month, day), DatePrecision.DAY, words);
        }
        return new EventDate(LocalDate.of(y, month, 1), DatePrecision.MONTH, words);
    }

    private static EventDate ago(String[] t, int i, LocalDate doc) {
        if (i < 2) {
            return null;
        }
        String unit = lower(t[i - 1]);
        Integer n = number(lower(t[i - 2]));
        if (n == null) {
            return null;
        }
        String words = t[i - 2] + " " + t[i - 1] + " " + t[i];
        if (unit.startsWith("day")) {
            return day(doc.minusDays(n), words);
        }
        if (unit.startsWith("month")) {
            return new EventDate(doc.withDayOfMonth(1).minusMonths(n), DatePrecision.MONTH, words);
        }
        if (unit.startsWith("year")) {
            return new EventDate(doc.withDayOfYear(1).minusYears(n), DatePrecision.YEAR, words);
        }
        return null;
    }

    private static EventDate day(LocalDate d, String words) {
        return new EventDate(d, DatePrecision.DAY, words);
    }

    private static Integer number(String w) {
        if (NUMBERS.containsKey(w)) {
            return NUMBERS.get(w);
        }
        if (!w.isEmpty() && w.length() <= 3 && w.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(w);
        }
        return null;
    }

    private static Integer dayNumber(String w) {
        String d = w.replaceAll("(st|nd|rd|th)$", "");
        if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(d);
        return n >= 1 && n <= 31 ? n : null;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("19") || w.startsWith("20"));
    }

    private static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
                return d;
            }
        }
        return null;
    }

    private static Month month(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return null;
        }
        String w = lower(token).replace(".", "");
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (name.equals(w) || (w.length() >= 3 && name.startsWith(w) && w.length() <= 4 && !w.equals("mar")
                    && !w.equals("may"))) {
                return m;
            }
        }
        return w.equals("mar") ? Month.MARCH : null;
    }

    private static String join(String[] t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to && k < t.length; k++) {
            if (b.length() > 0 && !t[k].equals(",")) {
                b.append(' ');
            }
            b.append(t[k]);
        }
        return b.toString();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
