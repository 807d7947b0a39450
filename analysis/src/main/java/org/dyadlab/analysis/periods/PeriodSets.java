package org.dyadlab.analysis.periods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;

/**
 * Named period sets: the built-in ones (us-administrations) and those a user writes in YAML.
 *
 * <pre>
 * name: pak-usa-phases
 * description: phases of the relationship
 * periods:
 *   - name: Before the suspension
 *     start: 2013-01-01
 *   - name: Suspension
 *     start: 2018-01-04
 *     end: 2021-01-19        # optional: the LAST day (inclusive); default: the day before the next start
 * </pre>
 * The last period is open-ended unless it has an end. Errors name the file and the period.
 */
public final class PeriodSets {
    private static final List<String> BUILT_IN = List.of("us-administrations");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PeriodSets() {
    }

    /** The names of the built-in sets. */
    public static List<String> builtIn() {
        return BUILT_IN;
    }

    /** A built-in set by name, or a YAML file by path. */
    public static PeriodSet resolve(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            return read(p);
        }
        throw new IllegalArgumentException("no period set '" + nameOrFile + "': use one of " + BUILT_IN
                + " or the path of a YAML file");
    }

    public static PeriodSet builtIn(String name) {
        String resource = name + ".yaml";
        try (InputStream in = PeriodSets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in period set '" + name + "'");
            }
            return parse(YAML.readTree(in), "built-in " + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("reading built-in period set " + name, e);
        }
    }

    public static PeriodSet read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(YAML.readTree(in), file.toString());
        } catch (IOException e) {
            throw new PeriodSetException(file + ": not a readable YAML period set: " + e.getMessage(), e);
        }
    }

    private static PeriodSet parse(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new PeriodSetException(source + ": expected a mapping with name, description and periods");
        }
        String name = text(root, "name", source);
        JsonNode list = root.get("periods");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new PeriodSetException(source + ": 'periods' must be a non-empty list");
        }
        List<String> names = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        Map<Integer, LocalDate> lastDays = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String where = source + ": period " + (i + 1);
            String pname = text(p, "name", where);
            names.add(pname);
            starts.add(date(p, "start", where + " ('" + pname + "')"));
            if (p.hasNonNull("end")) {
                lastDays.put(i, date(p, "end", where + " ('" + pname + "')"));
            }
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            LocalDate end = lastDays.containsKey(i) ? lastDays.get(i).plusDays(1)
                    : i + 1 < names.size() ? starts.get(i + 1) : null;
            try {
                periods.add(new Period(names.get(i), starts.get(i), end));
            } catch (IllegalArgumentException e) {
                throw new PeriodSetException(source + ": " + e.getMessage(), e);
            }
        }
        try {
            return new PeriodSet(name, root.path("description").asText(""), periods);
        } catch (IllegalArgumentException e) {
            throw new PeriodSetException(source + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.asText().isBlank()) {
            throw new PeriodSetException(where + ": '" + field + "' is missing");
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode node, String field, String where) {
        String s = text(node, field, where);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new PeriodSetException(where + ": '" + field + "' is not a YYYY-MM-DD date: '" + s + "'", e);
        }
    }
}
