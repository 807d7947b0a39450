package org.dyadlab.corpus.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Named periods, in order, for the "by period" matrix. Read from YAML:
 *
 * <pre>
 * periods:
 *   - {name: Obama II, from: 2013-01-20, to: 2017-01-19}
 *   - {name: Trump I,  from: 2017-01-20, to: 2021-01-19}
 * </pre>
 *
 * A date in no period (or a document without a date) falls in no column.
 */
public record PeriodSet(List<Period> periods) {
    public PeriodSet {
        periods = List.copyOf(periods);
    }

    public Optional<Period> periodOf(LocalDate d) {
        return d == null ? Optional.empty() : periods.stream().filter(p -> p.contains(d)).findFirst();
    }

    /** One period per calendar year from the first to the last of the given dates. */
    public static PeriodSet years(List<LocalDate> dates) {
        TreeSet<Integer> years = new TreeSet<>();
        dates.stream().filter(java.util.Objects::nonNull).forEach(d -> years.add(d.getYear()));
        List<Period> out = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int y = years.first(); y <= years.last(); y++) {
                out.add(new Period(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        }
        return new PeriodSet(out);
    }

    /** Reads a YAML period list; a bad entry is an {@link IllegalArgumentException} naming it. */
    public static PeriodSet read(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        JsonNode list = root == null ? null : root.get("periods");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(file + ": expected 'periods:' with a list of {name, from, to}");
        }
        List<Period> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : list) {
            i++;
            try {
                out.add(new Period(n.path("name").asText(""), LocalDate.parse(n.path("from").asText()),
                        LocalDate.parse(n.path("to").asText())));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": period " + i + ": " + e.getMessage());
            }
        }
        return new PeriodSet(out);
    }
}
