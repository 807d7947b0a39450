package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.event.DatePrecision;

/**
 * Reads a case chronology CSV (id, date, date_precision, source_actor, target_actor, cameo_code, theme,
 * description, sources, note). A malformed row is reported with its line and left out; the rest is read.
 */
public final class ChronologyReader {
    static final List<String> COLUMNS = List.of("id", "date", "date_precision", "source_actor", "target_actor",
            "cameo_code", "theme", "description", "sources", "note");

    private ChronologyReader() {
    }

    /** The entries read and the problems met. */
    public record Result(List<ChronologyEntry> entries, List<Long> lines, List<CaseProblem> problems) {
        public Result {
            entries = List.copyOf(entries);
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }
    }

    public static Result read(Path file) {
        List<ChronologyEntry> entries = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (String c : COLUMNS) {
                if (!p.getHeaderMap().containsKey(c)) {
                    throw new CaseException(file + ": the chronology lacks the column '" + c + "' (columns: " + COLUMNS
                            + ")");
                }
            }
            for (CSVRecord rec : p) {
                long line = p.getCurrentLineNumber();
                ChronologyEntry e = entry(rec, name, line, problems);
                if (e != null) {
                    entries.add(e);
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new CaseException(file + ": cannot read the chronology: " + e.getMessage(), e);
        }
        return new Result(entries, lines, problems);
    }

    private static ChronologyEntry entry(CSVRecord rec, String file, long line, List<CaseProblem> problems) {
        if (rec.size() != COLUMNS.size()) {
            problems.add(new CaseProblem(file, line, "(row)", rec.size() + " columns, expected " + COLUMNS.size()));
            return null;
        }
        String id = rec.get("id").strip();
        LocalDate date;
        try {
            date = LocalDate.parse(rec.get("date").strip());
        } catch (DateTimeParseException e) {
            problems.add(new CaseProblem(file, line, "date", "not a YYYY-MM-DD date: '" + rec.get("date") + "'"));
            return null;
        }
        DatePrecision precision;
        try {
            precision = DatePrecision.ofKey(rec.get("date_precision").strip());
        } catch (IllegalArgumentException e) {
            problems.add(new CaseProblem(file, line, "date_precision", e.getMessage()));
            return null;
        }
        List<String> sources = Arrays.stream(rec.get("sources").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (String field : List.of("id", "source_actor", "target_actor", "cameo_code", "theme", "description")) {
            if (rec.get(field).isBlank()) {
                problems.add(new CaseProblem(file, line, field, "empty"));
                return null;
            }
        }
        return new ChronologyEntry(id, date, precision, rec.get("source_actor").strip(), rec.get("target_actor").strip(),
                rec.get("cameo_code").strip(), rec.get("theme").strip(), rec.get("description").strip(), sources,
                rec.get("note").strip());
    }
}
