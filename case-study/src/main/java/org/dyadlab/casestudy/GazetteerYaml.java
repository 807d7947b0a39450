package org.dyadlab.casestudy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.gazetteer.EntityKind;
import org.dyadlab.model.gazetteer.Gazetteer;
import org.dyadlab.model.gazetteer.GazetteerEntry;

/**
 * Reads a case's {@code gazetteer.yaml} (format in the file's header and docs/claims.md). An entry that cannot be read
 * is left out and reported with its line; the rest are kept.
 */
public final class GazetteerYaml {
    /** The entries read, the problems met (file, line, field), and the line each entry starts on. */
    public record Result(Gazetteer gazetteer, List<CaseProblem> problems, java.util.Map<String, Long> lines) {
        public Result {
            problems = List.copyOf(problems);
            lines = java.util.Map.copyOf(lines);
        }
    }

    private GazetteerYaml() {
    }

    public static Result read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new Result(Gazetteer.EMPTY, List.of(new CaseProblem(name, 0, "", "missing")), java.util.Map.of());
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        java.util.Map<String, Long> lines = new java.util.HashMap<>();
        Set<String> ids = new HashSet<>();
        for (YamlEntries.Entry e : YamlEntries.read(file, "entries")) {
            JsonNode n = e.node();
            String id = YamlEntries.text(n, "id");
            try {
                if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
                    throw new IllegalArgumentException("id: a lower-case slug is required, was '" + id + "'");
                }
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("id: '" + id + "' is used twice");
                }
                entries.add(entry(id, n));
                lines.put(id, e.line());
            } catch (IllegalArgumentException ex) {
                problems.add(new CaseProblem(name, e.line(), id == null ? "id" : id, ex.getMessage()));
            }
        }
        return new Result(new Gazetteer(entries), problems, lines);
    }

    private static GazetteerEntry entry(String id, JsonNode n) {
        String name = YamlEntries.text(n, "name");
        if (name == null) {
            throw new IllegalArgumentException("name: missing");
        }
        EntityKind kind = EntityKind.ofKey(YamlEntries.text(n, "kind"));
        String dateText = YamlEntries.text(n, "date");
        YamlEntries.Dated date = dateText == null ? null : YamlEntries.date(dateText);
        JsonNode years = n.path("years");
        List<GazetteerEntry.Sum> sums = new ArrayList<>();
        for (JsonNode a : n.path("amounts")) {
            if (!a.path("value").isNumber()) {
                throw new IllegalArgumentException("amounts: value must be a number, was '" + a.path("value").asText()
                        + "'");
            }
            sums.add(new GazetteerEntry.Sum(a.path("value").asDouble(), a.path("currency").asText("USD"),
                    a.path("what").asText("")));
        }
        return new GazetteerEntry(id, kind, name, YamlEntries.strings(n, "aliases"),
                date == null ? null : date.date(), date == null ? null : date.precision(),
                YamlEntries.text(n, "date_role"), years.path("from").asInt(0), years.path("to").asInt(0),
                YamlEntries.strings(n, "parties"), sums, YamlEntries.strings(n, "sources"),
                YamlEntries.strings(n, "chronology"), YamlEntries.text(n, "note"));
    }
}
