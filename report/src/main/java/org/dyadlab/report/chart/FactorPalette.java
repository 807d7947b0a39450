package org.dyadlab.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.report.ReportData;

/**
 * The factors of a report in order (factor sections first, then any other factor named by the chronology or the
 * markers), each with its name and a colour from the Okabe–Ito palette, which colour-blind readers can tell apart.
 * The HTML charts and the SVG charts take their colours from here, so a factor looks the same everywhere.
 */
public final class FactorPalette {
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#8C6D00", "#000000");
    private static final String OTHER = "#777777";

    /** A factor as charts show it. */
    public record Factor(String id, String name, String colour) {
    }

    private final Map<String, Factor> byId = new LinkedHashMap<>();

    private FactorPalette() {
    }

    public static FactorPalette of(ReportData data) {
        FactorPalette palette = new FactorPalette();
        data.factors().forEach(f -> palette.add(f.factorId(), f.name()));
        data.chronology().forEach(e -> palette.add(e.factorId(), null));
        if (data.relationsIndex() != null) {
            data.relationsIndex().markers().forEach(m -> palette.add(m.factorId(), null));
        }
        return palette;
    }

    private void add(String id, String name) {
        String key = key(id);
        if (byId.containsKey(key)) {
            return;
        }
        String colour = byId.size() < COLOURS.size() ? COLOURS.get(byId.size()) : OTHER;
        String shown = name == null || name.isBlank() ? (key.isEmpty() ? "(no factor)" : key) : name;
        byId.put(key, new Factor(key, shown, colour));
    }

    /** Every factor, in report order. */
    public List<Factor> factors() {
        return new ArrayList<>(byId.values());
    }

    /** The factor of an id; one the report does not name is grey and called by its id. */
    public Factor factor(String id) {
        Factor f = byId.get(key(id));
        return f != null ? f : new Factor(key(id), key(id), OTHER);
    }

    private static String key(String id) {
        return id == null ? "" : id;
    }
}
