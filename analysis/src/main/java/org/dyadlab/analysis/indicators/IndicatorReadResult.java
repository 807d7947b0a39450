package org.dyadlab.analysis.indicators;

import java.util.List;
import java.util.Map;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * What reading an indicator file gave: the observations, the rows rejected (with line and reason), and the
 * rows deliberately left out, counted by reason (regions and world totals, transition quarters…), so that
 * nothing disappears unexplained.
 *
 * @param file         the file read
 * @param rowsRead     data rows read
 * @param observations the values
 * @param rejects      malformed rows
 * @param leftOut      rows left out on purpose: reason → count
 */
public record IndicatorReadResult(String file, long rowsRead, List<IndicatorObservation> observations,
                                  List<Rejected> rejects, Map<String, Long> leftOut) {
    public IndicatorReadResult {
        observations = List.copyOf(observations);
        rejects = List.copyOf(rejects);
        leftOut = Map.copyOf(leftOut);
    }

    /** A malformed row. */
    public record Rejected(long line, String field, String reason) {
        public String message(String file) {
            return file + ":" + line + ": " + field + ": " + reason;
        }
    }
}
