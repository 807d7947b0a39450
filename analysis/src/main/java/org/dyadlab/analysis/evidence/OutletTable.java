package org.dyadlab.analysis.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.corpus.SourceKind;

/**
 * The outlet table: wire services, official bodies, think tanks and news sites with the country they speak for and
 * the kind of source they are (the built-in {@code outlets.csv}, documented in docs/claims.md). Longer patterns are
 * tried first, so "Associated Press of Pakistan" wins over "Associated Press" and "state.gov" over "gov".
 */
public final class OutletTable {
    private final List<OutletRule> names;
    private final List<OutletRule> authors;
    private final List<OutletRule> domains;

    OutletTable(List<OutletRule> rules) {
        Comparator<OutletRule> longestFirst = Comparator.comparingInt((OutletRule r) -> -r.pattern().length());
        names = rules.stream().filter(r -> r.match() == OutletRule.Match.NAME).sorted(longestFirst).toList();
        authors = rules.stream().filter(r -> r.match() == OutletRule.Match.AUTHOR).toList();
        domains = rules.stream().filter(r -> r.match() == OutletRule.Match.DOMAIN).sorted(longestFirst).toList();
    }

    /** The table that ships with dyadlab. */
    public static OutletTable builtIn() {
        try (InputStream in = OutletTable.class.getResourceAsStream("outlets.csv")) {
            if (in == null) {
                throw new IllegalStateException("outlets.csv is missing from the class path");
            }
            List<OutletRule> rules = new ArrayList<>();
            CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : f.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rules.add(new OutletRule(OutletRule.Match.of(r.get("match")), r.get("pattern"), r.get("originator"),
                        r.get("country"), SourceKind.ofKey(r.get("kind"))));
            }
            return new OutletTable(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlets.csv: " + e.getMessage(), e);
        }
    }

    /** The first name rule whose words appear in the text (whole words, case-insensitive). */
    Optional<OutletRule> byName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (OutletRule r : names) {
            if (containsWords(text, r.pattern())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The author rule equal to the author field, or a name rule found in it. */
    Optional<OutletRule> byAuthor(String author) {
        if (author == null || author.isBlank()) {
            return Optional.empty();
        }
        String a = author.replace("{", "").replace("}", "").strip();
        for (OutletRule r : authors) {
            if (r.pattern().equalsIgnoreCase(a)) {
                return Optional.of(r);
            }
        }
        return byName(a);
    }

    /** The rule of the longest domain suffix of the host ("www.dawn.com" → dawn.com; "tribune.com.pk" → pk). */
    Optional<OutletRule> byHost(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (OutletRule r : domains) {
            String p = r.pattern().toLowerCase(Locale.ROOT);
            if (h.equals(p) || h.endsWith("." + p)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static boolean containsWords(String text, String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
