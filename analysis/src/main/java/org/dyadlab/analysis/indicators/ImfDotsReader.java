package org.dyadlab.analysis.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.Country;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.indicator.IndicatorObservation.Precision;

/**
 * Reads an IMF Direction of Trade Statistics CSV export of the United States' goods trade by partner and
 * year: reporter, reporter code, counterpart, counterpart IMF code, year, exports (FOB, USD), status,
 * imports (CIF, USD), status. The file starts with a byte-order mark and its header repeats the column name
 * "Status", so columns are read by position. Gives us_goods_exports and us_goods_imports for the dyad
 * "USA-<partner>" (US-reported figures). Partners that are country groups (codes with no country) are left
 * out and counted; an empty value is no observation.
 */
public final class ImfDotsReader {
    static final String SOURCE = "International Monetary Fund, Direction of Trade Statistics (DOTS), https://data.imf.org";
    private static final int US_IMF_CODE = 111;

    private final CameoOntology ontology;

    public ImfDotsReader(CameoOntology ontology) {
        this.ontology = ontology;
    }

    public IndicatorReadResult read(Path file) throws IOException {
        List<IndicatorObservation> out = new ArrayList<>();
        List<IndicatorReadResult.Rejected> rejects = new ArrayList<>();
        Map<String, Long> leftOut = new TreeMap<>();
        long rows = 0;
        try (BufferedReader br = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            br.mark(1);
            if (br.read() != '\uFEFF') {
                br.reset();
            }
            try (Reader r = br; CSVParser p = CSVFormat.RFC4180.parse(r)) {
                for (CSVRecord rec : p) {
                    long line = p.getCurrentLineNumber();
                    if (rec.getRecordNumber() == 1) {
                        if (rec.size() < 9 || !rec.get(4).trim().equalsIgnoreCase("Time Period")) {
                            throw new IndicatorFileException(file + ": not an IMF DOTS export: the header lacks "
                                    + "'Time Period' in column 5");
                        }
                        continue;
                    }
                    rows++;
                    if (rec.size() < 9) {
                        rejects.add(new IndicatorReadResult.Rejected(line, "(record)", rec.size()
                                + " columns, expected at least 9"));
                        continue;
                    }
                    if (!rec.get(1).trim().equals(String.valueOf(US_IMF_CODE))) {
                        rejects.add(new IndicatorReadResult.Rejected(line, "Country Code", "reporter '" + rec.get(1)
                                + "' is not the United States (111)"));
                        continue;
                    }
                    Country partner = partner(rec.get(3).trim());
                    if (partner == null) {
                        leftOut.merge("counterpart is a country group or has no CAMEO country", 1L, Long::sum);
                        continue;
                    }
                    String year = rec.get(4).trim();
                    if (!year.matches("\\d{4}")) {
                        rejects.add(new IndicatorReadResult.Rejected(line, "Time Period", "not a year: '" + year + "'"));
                        continue;
                    }
                    LocalDate date = LocalDate.of(Integer.parseInt(year), 1, 1);
                    add(out, rejects, leftOut, line, "us_goods_exports", partner, date, rec.get(5), "exports");
                    add(out, rejects, leftOut, line, "us_goods_imports", partner, date, rec.get(7), "imports");
                }
            }
        }
        return new IndicatorReadResult(file.toString(), rows, out, rejects, leftOut);
    }

    private Country partner(String code) {
        try {
            return ontology.countryByImf(Integer.parseInt(code)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void add(List<IndicatorObservation> out, List<IndicatorReadResult.Rejected> rejects,
                            Map<String, Long> leftOut, long line, String indicator, Country partner, LocalDate date,
                            String raw, String field) {
        String v = raw.trim();
        if (v.isEmpty()) {
            leftOut.merge("empty " + field + " value", 1L, Long::sum);
            return;
        }
        try {
            out.add(new IndicatorObservation(indicator, "USA-" + partner.code(), date, Precision.YEAR,
                    Double.parseDouble(v), "USD", SOURCE));
        } catch (NumberFormatException e) {
            rejects.add(new IndicatorReadResult.Rejected(line, field, "not a number: '" + v + "'"));
        }
    }
}
