package org.dyadlab.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A first look at one dyad: events and Goldstein weights by direction, QuadClass and origin, and a monthly
 * count in which months without events appear with zero (their mean is undefined, NaN).
 *
 * @param directions one row per direction present in the query (A→B, and B→A unless directed)
 * @param origins    events per origin dataset
 * @param months     every month from the first to the last event, in order
 */
public record DyadSummary(List<Direction> directions, Map<String, Long> origins, List<Month> months) {
    public DyadSummary {
        directions = List.copyOf(directions);
        origins = Map.copyOf(origins);
        months = List.copyOf(months);
    }

    public long total() {
        return directions.stream().mapToLong(Direction::events).sum();
    }

    /**
     * @param source        acting country
     * @param target        target country
     * @param events        number of events
     * @param goldsteinMean mean Goldstein weight (NaN when there are no events)
     * @param quadCounts    events per QuadClass number 1–4 (index 0 = QuadClass 1)
     */
    public record Direction(String source, String target, long events, double goldsteinMean, long[] quadCounts) {
        public Direction {
            quadCounts = quadCounts.clone();
        }

        @Override
        public long[] quadCounts() {
            return quadCounts.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Direction d && d.source.equals(source) && d.target.equals(target) && d.events == events
                    && Double.compare(d.goldsteinMean, goldsteinMean) == 0
                    && java.util.Arrays.equals(d.quadCounts, quadCounts);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(source, target, events, goldsteinMean, java.util.Arrays.hashCode(quadCounts));
        }
    }

    /**
     * @param month         the calendar month
     * @param events        events in it (both directions unless directed)
     * @param goldsteinMean mean Goldstein weight, NaN for a month without events
     * @param conflictShare share of events in QuadClasses 3–4, NaN for a month without events
     */
    public record Month(YearMonth month, long events, double goldsteinMean, double conflictShare) {
    }
}
