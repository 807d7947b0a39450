package org.dyadlab.analysis.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.event.DatePrecision;

/**
 * Dates in a sentence, with their precision: "29 August 2016", "August 29, 2016", "2016-08-29" (day); "August
 * 2016", "Aug. 2016" (month); "FY2018", "fiscal year 2018" (a US fiscal year); "2016", "mid-2016", "late 2016"
 * (year). A span of years ("2013–2025", "2009-17") is a period, not a date, and is skipped. A date that looks like one
 * but is not valid ("31 June 2016") is returned as unparsed.
 */
final class DateFinder {
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<!\\d)(?<iso>" + "(?:19|20)\\d\\d-\\d\\d-\\d\\d)(?!\\d)"),
            Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b"),
            Pattern.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b"),
            Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b"),
            Pattern.compile("\\b(?:FY\\s?|[Ff]iscal [Yy]ear\\s+)(?<fy>(?:19|20)\\d\\d)\\b"),
            Pattern.compile("(?<![\\d$£€.,])(?<span>(?:19|20)\\d\\d\\s*[–—-]\\s*(?:(?:19|20)?\\d\\d))(?![\\d])"),
            Pattern.compile("(?<![\\d$£€.,/])" + YEAR + "(?![\\d%]|\\.\\d|\\s*(?:million|billion|percent|per cent))"));

    private DateFinder() {
    }

    /** What was found: the dates, and what looked like a date but could not be read (with the reason). */
    record Result(List<Mention<ClaimDate>> dates, List<Mention<String>> unparsed) {
    }

    static Result find(String s) {
        List<Mention<ClaimDate>> dates = new ArrayList<>();
        List<Mention<String>> unparsed = new ArrayList<>();
        boolean[] taken = new boolean[s.length()];
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (isTaken(taken, m.start(), m.end())) {
                    continue;
                }
                take(taken, m.start(), m.end());
                String text = m.group();
                try {
                    ClaimDate d = read(m, text);
                    if (d != null) {
                        dates.add(new Mention<>(m.start(), m.end(), text, d));
                    }
                } catch (DateTimeException e) {
                    unparsed.add(new Mention<>(m.start(), m.end(), text, "not a valid date: " + text));
                }
            }
        }
        dates.sort(java.util.Comparator.comparingInt(Mention::start));
        return new Result(dates, unparsed);
    }

    private static ClaimDate read(Matcher m, String text) {
        if (group(m, "span") != null) {
            return null;
        }
        if (group(m, "iso") != null) {
            return new ClaimDate(LocalDate.parse(m.group("iso")), DatePrecision.DAY, false, text);
        }
        if (group(m, "fy") != null) {
            return new ClaimDate(LocalDate.of(Integer.parseInt(m.group("fy")), 1, 1), DatePrecision.YEAR, true, text);
        }
        int year = Integer.parseInt(m.group("year"));
        String month = group(m, "month");
        if (month == null) {
            return new ClaimDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR, false, text);
        }
        int mo = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
        String day = group(m, "day");
        if (day == null) {
            return new ClaimDate(LocalDate.of(year, mo, 1), DatePrecision.MONTH, false, text);
        }
        return new ClaimDate(LocalDate.of(year, mo, Integer.parseInt(day)), DatePrecision.DAY, false, text);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isTaken(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void take(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            taken[i] = true;
        }
    }
}
