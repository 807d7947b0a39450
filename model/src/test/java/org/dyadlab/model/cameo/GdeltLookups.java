package org.dyadlab.model.cameo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GDELT's lookup files and sample event files in place (tab-separated, first line a header for the
 * lookups, none for the samples), for the cross-checks of dyadlab's own CAMEO tables.
 */
final class GdeltLookups {
    /** A second record run into the end of a label, as in "…engagement106:[-5.0] Demand withdrawal". */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(.*?)(\\d{2,4}):\\[(-?\\d+(?:\\.\\d+)?)\\] (.+)");

    private GdeltLookups() {
    }

    /** A code-to-label lookup (cameoEvent.txt, cameoCountry.txt, cameoType.txt…), in file order. */
    static Map<String, String> codeLabels(Path file) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String[] r : rows(file, true)) {
            String code = r[0];
            String label = r[1];
            Matcher m = RUN_TOGETHER.matcher(label);
            if (m.matches()) {
                labels.put(code, m.group(1));
                code = m.group(2);
                label = m.group(4);
            }
            labels.put(code, label);
        }
        return labels;
    }

    /** CAMEO.goldsteinscale.txt: code to weight. */
    static Map<String, Double> goldsteinWeights(Path file) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String[] r : rows(file, true)) {
            weights.put(r[0], Double.parseDouble(r[1]));
        }
        return weights;
    }

    /** Every non-empty line split on tabs (trailing empty cells kept); the header line skipped if asked. */
    static List<String[]> rows(Path file, boolean header) {
        List<String[]> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = header ? 1 : 0; i < lines.size(); i++) {
                if (!lines.get(i).isEmpty()) {
                    rows.add(lines.get(i).split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** dyadlab's event-codes.csv as shipped, each row by column name. */
    static List<Map<String, String>> ourEventCodeRows() {
        try (InputStream in = CameoOntology.class.getResourceAsStream("/org/dyadlab/model/cameo/event-codes.csv")) {
            List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"));
            String[] header = CsvLine.split(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = CsvLine.split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
