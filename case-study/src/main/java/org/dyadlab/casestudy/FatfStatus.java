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
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * A country's FATF status as a dated series (date, status, source, note). Statuses: not-listed,
 * increased-monitoring (the grey list), public-statement (the stricter list), and nominated (a decision
 * to list that has not yet taken effect: not a change of status).
 */
public final class FatfStatus {
    /** Status → level of the indicator series fatf_status. */
    public static final Map<String, Integer> LEVELS = Map.of("not-listed", 0, "increased-monitoring", 1,
            "public-statement", 2);
    static final String NOMINATED = "nominated";

    private FatfStatus() {
    }

    /**
     * One change of status.
     *
     * @param date    the day it took effect
     * @param status  the status key
     * @param sources bibliography keys
     * @param note    comment
     */
    public record Change(LocalDate date, String status, List<String> sources, String note) {
    }

    public record Result(List<Change> changes, List<CaseProblem> problems) {
        public Result {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }
    }

    public static Result read(Path file) {
        List<Change> out = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            LocalDate previous = null;
            for (CSVRecord rec : p) {
                long line = p.getCurrentLineNumber();
                LocalDate date;
                try {
                    date = LocalDate.parse(rec.get("date").strip());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    problems.add(new CaseProblem(name, line, "date", "not a YYYY-MM-DD date"));
                    continue;
                }
                String status = rec.get("status").strip();
                if (!LEVELS.containsKey(status) && !status.equals(NOMINATED)) {
                    problems.add(new CaseProblem(name, line, "status", "'" + status + "' is not one of "
                            + LEVELS.keySet() + " or nominated"));
                    continue;
                }
                if (previous != null && !date.isAfter(previous)) {
                    problems.add(new CaseProblem(name, line, "date", "not after the previous row's date " + previous));
                }
                previous = date;
                out.add(new Change(date, status, Arrays.stream(rec.get("source").split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(), rec.isMapped("note") ? rec.get("note") : ""));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CaseException(file + ": cannot read the FATF status series: " + e.getMessage(), e);
        }
        return new Result(out, problems);
    }

    /** The status changes as the indicator fatf_status (levels 0–2, day precision), nominations left out. */
    public static List<IndicatorObservation> observations(List<Change> changes, String country) {
        return changes.stream().filter(c -> LEVELS.containsKey(c.status()))
                .map(c -> new IndicatorObservation("fatf_status", country, c.date(),
                        IndicatorObservation.Precision.DAY, LEVELS.get(c.status()),
                        "0 not listed, 1 increased monitoring, 2 public statement",
                        "FATF statements, case bibliography: " + String.join("; ", c.sources())))
                .toList();
    }
}
