package org.dyadlab.casestudy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.analysis.evidence.IndicatorExpectation;
import org.dyadlab.model.evidence.Finding;

/**
 * Reads a case's {@code findings.yaml} (format in the file's header and docs/claims.md). A finding or a reference
 * that cannot be read is reported with its line; the rest are kept.
 */
public final class FindingsYaml {
    /** The findings read and the problems met. */
    public record Result(List<DeclaredFinding> findings, List<CaseProblem> problems) {
        public Result {
            findings = List.copyOf(findings);
            problems = List.copyOf(problems);
        }
    }

    private FindingsYaml() {
    }

    public static Result read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new Result(List.of(), List.of(new CaseProblem(name, 0, "", "missing")));
        }
        List<DeclaredFinding> out = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlEntries.Entry e : YamlEntries.read(file, "findings")) {
            JsonNode n = e.node();
            String id = YamlEntries.text(n, "id");
            try {
                Finding f = new Finding(id == null ? "" : id, orThrow(YamlEntries.text(n, "statement"), "statement"));
                if (!ids.add(f.id())) {
                    throw new IllegalArgumentException("id: '" + f.id() + "' is used twice");
                }
                List<EvidenceRef> evidence = refs(n.path("evidence"), name, e.line(), f.id(), problems);
                List<EvidenceRef> against = refs(n.path("contradicting"), name, e.line(), f.id(), problems);
                out.add(new DeclaredFinding(f, evidence, against, e.line()));
            } catch (IllegalArgumentException ex) {
                problems.add(new CaseProblem(name, e.line(), id == null ? "id" : id, ex.getMessage()));
            }
        }
        return new Result(out, problems);
    }

    private static List<EvidenceRef> refs(JsonNode list, String file, long line, String id, List<CaseProblem> problems) {
        List<EvidenceRef> out = new ArrayList<>();
        for (JsonNode r : list) {
            try {
                out.add(ref(r));
            } catch (IllegalArgumentException ex) {
                problems.add(new CaseProblem(file, line, id, ex.getMessage()));
            }
        }
        return out;
    }

    static EvidenceRef ref(JsonNode r) {
        Iterator<Map.Entry<String, JsonNode>> fields = r.properties().iterator();
        if (!r.isObject() || !fields.hasNext()) {
            throw new IllegalArgumentException("a reference is one of chronology, gazetteer, indicator, passages, "
                    + "events; was '" + r + "'");
        }
        Map.Entry<String, JsonNode> f = fields.next();
        JsonNode v = f.getValue();
        return switch (f.getKey()) {
            case "chronology" -> new EvidenceRef.Chronology(v.asText());
            case "gazetteer" -> new EvidenceRef.GazetteerEntry(v.asText());
            case "indicator" -> {
                String time = YamlEntries.text(v, "time");
                String from = YamlEntries.text(v, "from");
                String to = YamlEntries.text(v, "to");
                if (time == null && (from == null || to == null)) {
                    throw new IllegalArgumentException("indicator: give time, or from and to");
                }
                String expect = YamlEntries.text(v, "expect");
                yield new EvidenceRef.Indicator(orThrow(YamlEntries.text(v, "name"), "indicator name"),
                        orThrow(YamlEntries.text(v, "subject"), "indicator subject"), time, from, to,
                        expect == null ? null : IndicatorExpectation.ofKey(expect));
            }
            case "passages" -> new EvidenceRef.Passages(orThrow(YamlEntries.text(v, "code"), "passages code"),
                    day(v, "from", LocalDate.MIN), day(v, "to", LocalDate.MAX), v.path("limit").asInt(5));
            case "events" -> new EvidenceRef.Events(orThrow(YamlEntries.text(v, "cameo"), "events cameo"),
                    day(v, "from", LocalDate.MIN), day(v, "to", LocalDate.MAX), v.path("limit").asInt(5));
            default -> throw new IllegalArgumentException("unknown kind of evidence '" + f.getKey() + "': use "
                    + "chronology, gazetteer, indicator, passages or events");
        };
    }

    private static LocalDate day(JsonNode v, String field, LocalDate otherwise) {
        String t = YamlEntries.text(v, field);
        return t == null ? otherwise : YamlEntries.date(t).date();
    }

    private static String orThrow(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + ": missing");
        }
        return value;
    }
}
