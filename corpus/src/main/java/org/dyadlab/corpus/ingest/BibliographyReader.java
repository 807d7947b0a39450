package org.dyadlab.corpus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyadlab.model.corpus.DocumentMetadata;

/**
 * Reads a bibliography: BibTeX ({@code .bib}) or CSL-JSON ({@code .json}, an array of items as Zotero and
 * pandoc write them). Only the fields dyadlab keeps are read: title, author, date/year/month, publisher (or
 * journal, institution, container-title), url, doi, file. LaTeX markup is not interpreted beyond dropping braces.
 */
public final class BibliographyReader {
    private BibliographyReader() {
    }

    public static Bibliography read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? readCslJson(text) : readBibtex(text);
    }

    static Bibliography readCslJson(String text) throws IOException {
        JsonNode root = new ObjectMapper().readTree(text);
        if (root == null || !root.isArray()) {
            throw new IOException("a CSL-JSON bibliography is an array of items");
        }
        List<BibEntry> out = new ArrayList<>();
        for (JsonNode item : root) {
            String id = item.path("id").asText(null);
            if (id == null) {
                continue;
            }
            List<String> authors = new ArrayList<>();
            for (JsonNode a : item.path("author")) {
                String family = a.path("family").asText("");
                String given = a.path("given").asText("");
                String literal = a.path("literal").asText("");
                authors.add(!literal.isEmpty() ? literal : given.isEmpty() ? family : family + ", " + given);
            }
            LocalDate date = null;
            JsonNode parts = item.path("issued").path("date-parts").path(0);
            if (parts.isArray() && parts.size() > 0) {
                date = LocalDate.of(parts.get(0).asInt(), parts.size() > 1 ? parts.get(1).asInt() : 1,
                        parts.size() > 2 ? parts.get(2).asInt() : 1);
            }
            String publisher = item.hasNonNull("container-title") ? item.get("container-title").asText()
                    : item.path("publisher").asText(null);
            out.add(new BibEntry(id, item.path("type").asText(null), null, new DocumentMetadata(
                    item.path("title").asText(null), authors, date, publisher, item.path("URL").asText(null),
                    item.path("DOI").asText(null))));
        }
        return new Bibliography(out);
    }

    static Bibliography readBibtex(String text) throws IOException {
        List<BibEntry> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('@', i)) >= 0) {
            int brace = text.indexOf('{', i);
            if (brace < 0) {
                break;
            }
            String type = text.substring(i + 1, brace).strip().toLowerCase(Locale.ROOT);
            int end = matching(text, brace);
            if (end < 0) {
                throw new IOException("unbalanced braces in the BibTeX entry at character " + i);
            }
            i = end + 1;
            if (type.equals("comment") || type.equals("string") || type.equals("preamble")) {
                continue;
            }
            String body = text.substring(brace + 1, end);
            int comma = body.indexOf(',');
            if (comma < 0) {
                continue;
            }
            Map<String, String> fields = fields(body.substring(comma + 1));
            out.add(entry(body.substring(0, comma).strip(), type, fields));
        }
        return new Bibliography(out);
    }

    private static BibEntry entry(String key, String type, Map<String, String> f) {
        List<String> authors = new ArrayList<>();
        String a = f.get("author");
        if (a != null) {
            for (String name : a.split("\\s+and\\s+")) {
                authors.add(name.strip());
            }
        }
        LocalDate date = DateText.parse(f.get("date")).orElse(null);
        if (date == null && f.containsKey("year")) {
            date = DateText.parse(f.get("year")).orElse(null);
            Integer month = month(f.get("month"));
            if (date != null && month != null) {
                date = date.withMonth(month);
            }
        }
        String publisher = f.getOrDefault("journal", f.getOrDefault("publisher", f.getOrDefault("institution",
                f.get("organization"))));
        String file = f.get("file");
        if (file != null && file.contains(":")) {
            // JabRef writes description:path:type
            String[] parts = file.split(":");
            file = parts.length >= 2 ? parts[1] : parts[0];
        }
        return new BibEntry(key, type, file, new DocumentMetadata(f.get("title"), authors, date, publisher,
                f.get("url"), f.get("doi")), f);
    }

    private static Integer month(String m) {
        if (m == null) {
            return null;
        }
        String t = m.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,2}")) {
            int v = Integer.parseInt(t);
            return v >= 1 && v <= 12 ? v : null;
        }
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        int idx = t.length() >= 3 ? names.indexOf(t.substring(0, 3)) : -1;
        return idx < 0 ? null : idx + 1;
    }

    /** name = {value} | "value" | bare, separated by commas. */
    private static Map<String, String> fields(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = s.substring(i, eq).replace(",", "").strip().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            String value;
            if (j < n && s.charAt(j) == '{') {
                int end = matching(s, j);
                end = end < 0 ? n - 1 : end;
                value = s.substring(j + 1, end);
                i = end + 1;
            } else if (j < n && s.charAt(j) == '"') {
                int end = s.indexOf('"', j + 1);
                end = end < 0 ? n : end;
                value = s.substring(j + 1, end);
                i = end + 1;
            } else {
                int end = s.indexOf(',', j);
                end = end < 0 ? n : end;
                value = s.substring(j, end);
                i = end;
            }
            out.put(name, value.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip());
            while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
        }
        return out;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
