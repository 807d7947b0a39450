package org.dyadlab.analysis.indicators;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.Country;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.indicator.IndicatorObservation.Precision;

/**
 * Reads the ForeignAssistance.gov "U.S. Foreign Assistance by Country" summary CSV (columns Country Code,
 * Transaction Type Name, Fiscal Year, current_amount, constant_amount, …) into one series per transaction
 * type and dollar basis: us_aid_obligations, us_aid_disbursements, us_aid_appropriated_planned,
 * us_aid_budget_request, each also as …_constant (constant dollars).
 *
 * <p><b>Default: obligations in current dollars</b> (us_aid_obligations). Obligations are the series with
 * the longest and most complete coverage (Pakistan FY1948–FY2024; disbursements only from FY2001), and they
 * record when the United States committed money, so a suspension shows in the fiscal year it was decided.
 * Disbursements lag decisions by months or years. Negative amounts (de-obligations) are kept. Regions and
 * the world total, and the FY1976 transition quarter ("1976tq"), are left out and counted.
 */
public final class UsAidReader {
    public static final String DEFAULT_INDICATOR = "us_aid_obligations";
    static final String SOURCE = "ForeignAssistance.gov, U.S. Foreign Assistance by Country (us_foreign_aid_country.csv)";

    private final CameoOntology ontology;

    public UsAidReader(CameoOntology ontology) {
        this.ontology = ontology;
    }

    public IndicatorReadResult read(Path file) throws IOException {
        List<IndicatorObservation> out = new ArrayList<>();
        List<IndicatorReadResult.Rejected> rejects = new ArrayList<>();
        Map<String, Long> leftOut = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        long rows = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (String col : List.of("Country Code", "Transaction Type Name", "Fiscal Year", "current_amount",
                    "constant_amount")) {
                if (!p.getHeaderMap().containsKey(col)) {
                    throw new IndicatorFileException(file + ": not the US aid country summary: no column '" + col + "'");
                }
            }
            for (CSVRecord rec : p) {
                rows++;
                long line = p.getCurrentLineNumber();
                String iso3 = rec.get("Country Code").trim();
                Country c = ontology.countryByIso3(iso3).orElse(null);
                if (c == null) {
                    leftOut.merge("region, world total or unknown country code", 1L, Long::sum);
                    continue;
                }
                String fy = rec.get("Fiscal Year").trim();
                if (!fy.matches("\\d{4}")) {
                    leftOut.merge("fiscal year not a plain year (e.g. the 1976 transition quarter)", 1L, Long::sum);
                    continue;
                }
                String type = slug(rec.get("Transaction Type Name"));
                if (type.isEmpty()) {
                    rejects.add(new IndicatorReadResult.Rejected(line, "Transaction Type Name", "empty"));
                    continue;
                }
                LocalDate start = LocalDate.of(Integer.parseInt(fy) - 1, 10, 1);
                for (String[] basis : new String[][] {{"current_amount", ""}, {"constant_amount", "_constant"}}) {
                    String raw = rec.get(basis[0]).trim();
                    if (raw.isEmpty()) {
                        continue;
                    }
                    double v;
                    try {
                        v = Double.parseDouble(raw);
                    } catch (NumberFormatException e) {
                        rejects.add(new IndicatorReadResult.Rejected(line, basis[0], "not a number: '" + raw + "'"));
                        continue;
                    }
                    String indicator = "us_aid_" + type + basis[1];
                    if (!seen.add(indicator + "|" + c.code() + "|" + fy)) {
                        rejects.add(new IndicatorReadResult.Rejected(line, "(record)", "a second row for " + indicator
                                + " " + c.code() + " FY" + fy + "; the first is kept"));
                        continue;
                    }
                    out.add(new IndicatorObservation(indicator, c.code(), start, Precision.FISCAL_YEAR, v,
                            basis[1].isEmpty() ? "USD" : "USD (constant)", SOURCE));
                }
            }
        }
        return new IndicatorReadResult(file.toString(), rows, out, rejects, leftOut);
    }

    /** "Appropriated and Planned" → appropriated_planned; "President's Budget Requests" → budget_request. */
    static String slug(String type) {
        String t = type.toLowerCase(Locale.ROOT).trim();
        if (t.startsWith("president")) {
            return "budget_request";
        }
        return t.replace(" and ", "_").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
