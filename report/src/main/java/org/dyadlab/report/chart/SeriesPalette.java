package org.dyadlab.report.chart;

import java.util.List;

/** Colours of the lines and bars of one chart, in series order (distinct from the factor colours' order). */
public final class SeriesPalette {
    private static final List<String> COLOURS = List.of("#1F3B73", "#C0392B", "#2E8B57", "#B8860B", "#6C5B7B",
            "#00798C", "#7F7F7F");

    private SeriesPalette() {
    }

    public static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
