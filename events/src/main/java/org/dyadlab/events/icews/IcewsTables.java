package org.dyadlab.events.icews;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the ICEWS mapping tables shipped under org/dyadlab/events/icews/ (see docs/data/icews-mapping.md). */
final class IcewsTables {
    private IcewsTables() {
    }

    /** Every row of a bundled CSV table as column → value maps. */
    static List<Map<String, String>> read(String name) {
        InputStream in = IcewsTables.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("ICEWS mapping table missing from the classpath: " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    static List<Map<String, String>> read(Reader r) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(r)) {
            for (CSVRecord rec : p) {
                rows.add(rec.toMap());
            }
        }
        return rows;
    }
}
