package org.dyadlab.events.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GDELT's published file lists and keeps the event files of a date range.
 *
 * <ul>
 *   <li>GDELT 1.0 ({@code events/}): {@code md5sums} in md5sum's layout ({@code <md5>  <file name>}) and
 *   {@code filesizes} ({@code <bytes> <file name>}); the daily files are {@code YYYYMMDD.export.CSV.zip} (from
 *   2013-04-01; older periods come as monthly and yearly files, which this list leaves out).</li>
 *   <li>GDELT 2.0 ({@code gdeltv2/}): {@code masterfilelist.txt}, one line per file: {@code <bytes> <md5> <url>};
 *   the event exports are {@code YYYYMMDDHHMMSS.export.CSV.zip}, every 15 minutes from 2015-02-18.</li>
 * </ul>
 *
 * A line that does not have the expected layout is reported with its list and line number and skipped.
 */
public final class GdeltFileList {
    private static final Pattern V1_DAILY = Pattern.compile("(\\d{8})\\.export\\.CSV\\.zip");
    private static final Pattern V2_EXPORT = Pattern.compile("(\\d{8})\\d{6}\\.export\\.CSV\\.zip");
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltFileList() {
    }

    /**
     * The selected files, in date order, and the list lines that could not be read.
     *
     * @param files    the files to fetch
     * @param problems one message per unreadable list line or inconsistency ("md5sums:12: ...")
     */
    public record Listing(List<GdeltFileEntry> files, List<String> problems) {
        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** GDELT 1.0: joins md5sums and filesizes; a daily file without an MD5 is reported and left out. */
    public static Listing v1(BufferedReader md5sums, BufferedReader filesizes, URI base, LocalDate from, LocalDate to)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> md5s = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        String line;
        long n = 0;
        while ((line = md5sums.readLine()) != null) {
            n++;
            String[] t = line.trim().split("\\s+");
            if (line.isBlank()) {
                continue;
            }
            if (t.length != 2 || !MD5.matcher(t[0]).matches()) {
                problems.add("md5sums:" + n + ": expected '<md5> <file name>', was '" + cut(line) + "'");
                continue;
            }
            md5s.put(t[1], t[0].toLowerCase(Locale.ROOT));
        }
        n = 0;
        while ((line = filesizes.readLine()) != null) {
            n++;
            String[] t = line.trim().split("\\s+");
            if (line.isBlank()) {
                continue;
            }
            if (t.length != 2 || !t[0].matches("\\d{1,15}")) {
                problems.add("filesizes:" + n + ": expected '<bytes> <file name>', was '" + cut(line) + "'");
                continue;
            }
            sizes.put(t[1], Long.parseLong(t[0]));
        }
        List<GdeltFileEntry> files = new ArrayList<>();
        for (Map.Entry<String, String> e : md5s.entrySet()) {
            Matcher m = V1_DAILY.matcher(e.getKey());
            if (!m.matches()) {
                continue;
            }
            LocalDate day = day(m.group(1));
            if (day == null) {
                problems.add("md5sums: '" + e.getKey() + "' does not name a calendar day");
                continue;
            }
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            Long size = sizes.get(e.getKey());
            if (size == null) {
                problems.add("filesizes: no size for " + e.getKey() + "; only its MD5 is checked");
            }
            files.add(new GdeltFileEntry(e.getKey(), base.resolve(e.getKey()), size == null ? -1 : size, e.getValue(), day));
        }
        for (String name : sizes.keySet()) {
            Matcher m = V1_DAILY.matcher(name);
            if (m.matches() && !md5s.containsKey(name)) {
                LocalDate day = day(m.group(1));
                if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                    problems.add("md5sums: no MD5 for " + name + "; it cannot be verified and is not fetched");
                }
            }
        }
        files.sort(Comparator.comparing(GdeltFileEntry::name));
        return new Listing(files, problems);
    }

    /**
     * GDELT 2.0: the event exports of masterfilelist.txt. The files are fetched from {@code base} + their name, so
     * a mirror (or a test server) can stand in for the URLs the list gives.
     */
    public static Listing v2(BufferedReader masterfilelist, URI base, LocalDate from, LocalDate to) throws IOException {
        List<String> problems = new ArrayList<>();
        List<GdeltFileEntry> files = new ArrayList<>();
        String line;
        long n = 0;
        while ((line = masterfilelist.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] t = line.trim().split("\\s+");
            if (t.length != 3 || !t[0].matches("\\d{1,15}") || !MD5.matcher(t[1]).matches()) {
                problems.add("masterfilelist.txt:" + n + ": expected '<bytes> <md5> <url>', was '" + cut(line) + "'");
                continue;
            }
            String name = t[2].substring(t[2].lastIndexOf('/') + 1);
            Matcher m = V2_EXPORT.matcher(name);
            if (!m.matches()) {
                continue; // mentions, GKG
            }
            LocalDate day = day(m.group(1));
            if (day == null) {
                problems.add("masterfilelist.txt:" + n + ": '" + name + "' does not name a calendar day");
                continue;
            }
            if (!day.isBefore(from) && !day.isAfter(to)) {
                files.add(new GdeltFileEntry(name, base.resolve(name), Long.parseLong(t[0]),
                        t[1].toLowerCase(Locale.ROOT), day));
            }
        }
        files.sort(Comparator.comparing(GdeltFileEntry::name));
        return new Listing(files, problems);
    }

    private static LocalDate day(String yyyymmdd) {
        try {
            return LocalDate.parse(yyyymmdd, YMD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String cut(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
