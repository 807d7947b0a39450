package org.dyadlab.casestudy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.event.DatePrecision;

/**
 * Reads the list under one top-level key of a YAML case file ({@code entries:} of the gazetteer, {@code findings:})
 * element by element, keeping the line each element starts on for the problems found in it.
 */
final class YamlEntries {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One element of the list and the line it starts on. */
    record Entry(JsonNode node, long line) {
    }

    private YamlEntries() {
    }

    static List<Entry> read(Path file, String key) {
        List<Entry> out = new ArrayList<>();
        try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CaseException(file + ": expected a mapping with a '" + key + "' list");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (!name.equals(key)) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw new CaseException(file + ": '" + key + "' must be a list");
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    long line = p.currentTokenLocation().getLineNr();
                    out.add(new Entry(YAML.readTree(p), line));
                }
            }
        } catch (IOException e) {
            throw new CaseException(file + ": not readable YAML: " + e.getMessage(), e);
        }
        return out;
    }

    /** A text field, or null when missing or blank. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    /** A list of strings (a YAML list, or a single value), empty when missing. */
    static List<String> strings(JsonNode node, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText().strip()));
        } else {
            out.add(v.asText().strip());
        }
        return out;
    }

    /** A date written YYYY-MM-DD, YYYY-MM or YYYY, with its precision. */
    record Dated(LocalDate date, DatePrecision precision) {
    }

    static Dated date(String text) {
        try {
            if (text.matches("\\d{4}")) {
                return new Dated(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return new Dated(LocalDate.parse(text + "-01"), DatePrecision.MONTH);
            }
            return new Dated(LocalDate.parse(text), DatePrecision.DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
}
