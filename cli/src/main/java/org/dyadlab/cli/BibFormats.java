package org.dyadlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.corpus.ingest.BibEntry;

/** Writes a bibliography entry as BibTeX or as a CSL-JSON item. */
final class BibFormats {
    private BibFormats() {
    }

    static String bibtex(BibEntry e) {
        StringBuilder sb = new StringBuilder("@").append(e.type() == null ? "misc" : e.type()).append('{').append(e.key())
                .append(",\n");
        e.fields().forEach((k, v) -> sb.append("  ").append(k).append(" = {").append(v.replace("{", "\\{")
                .replace("}", "\\}")).append("},\n"));
        return sb.append("}\n").toString();
    }

    /** A CSL-JSON item: id, type, title, author (literal), publisher/container, issued (as precise as written), URL. */
    static Map<String, Object> csl(BibEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.key());
        m.put("type", "online".equals(e.type()) ? "webpage" : e.type() == null ? "document" : e.type());
        m.put("title", e.metadata().title());
        List<Map<String, String>> authors = new ArrayList<>();
        for (String a : e.metadata().authors()) {
            authors.add(Map.of("literal", a));
        }
        m.put("author", authors);
        if (e.metadata().publisher() != null) {
            m.put("container-title", e.metadata().publisher());
        }
        String date = e.fields().get("date");
        if (date != null && date.matches("\\d{4}(-\\d{2}){0,2}")) {
            List<Integer> parts = new ArrayList<>();
            for (String p : date.split("-")) {
                parts.add(Integer.parseInt(p));
            }
            m.put("issued", Map.of("date-parts", List.of(parts)));
        }
        if (e.metadata().url() != null) {
            m.put("URL", e.metadata().url());
        }
        String accessed = e.fields().get("urldate");
        if (accessed != null && accessed.matches("\\d{4}-\\d{2}-\\d{2}")) {
            List<Integer> parts = new ArrayList<>();
            for (String p : accessed.split("-")) {
                parts.add(Integer.parseInt(p));
            }
            m.put("accessed", Map.of("date-parts", List.of(parts)));
        }
        if (e.fields().containsKey("note")) {
            m.put("note", e.fields().get("note"));
        }
        return m;
    }
}
