package org.dyadlab.web.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.store.AggregateQuery;
import org.dyadlab.store.DayAggregate;
import org.dyadlab.store.EventStore;

/**
 * The day sums of a dyad over the whole store, kept between requests: every series, whatever its metric, interval,
 * normalisation or date range, is computed from them in memory (day sums add up exactly, and the volume denominators
 * are per day, so a date range is a slice). One scan of the store per dyad, direction and set of origins, repeated
 * only when the store's events change ({@link EventStore#generation()}). Holds the last few dyads; not thread-safe
 * (used under the workbench's lock).
 */
final class DayCache {
    private static final int CAPACITY = 8;

    private record Key(Dyad dyad, boolean directed, Set<String> origins) {
    }

    private final Map<Key, List<DayAggregate>> days = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<DayAggregate>> eldest) {
            return size() > CAPACITY;
        }
    };
    private final boolean enabled;
    private long generation = Long.MIN_VALUE;

    DayCache(boolean enabled) {
        this.enabled = enabled;
    }

    List<DayAggregate> days(EventStore store, Dyad dyad, boolean directed, Set<String> origins) {
        AggregateQuery query = new AggregateQuery(dyad, directed, null, null, origins);
        if (!enabled) {
            return store.dailyAggregates(query);
        }
        long now = store.generation();
        if (now != generation) {
            days.clear();
            generation = now;
        }
        return days.computeIfAbsent(new Key(dyad, directed, Set.copyOf(origins)), k -> store.dailyAggregates(query));
    }
}
