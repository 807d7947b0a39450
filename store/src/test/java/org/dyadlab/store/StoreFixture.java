package org.dyadlab.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.event.Event;

/** Opening stores and loading events in one line, for store tests. */
final class StoreFixture {
    private StoreFixture() {
    }

    static EventStore open(Path dir) {
        return EventStore.open(new Workspace(dir), TestEvent.CAMEO);
    }

    static LoadSource source(String file) {
        return new LoadSource(file, "test", -1, null);
    }

    /** Loads the events as lines 1, 2, … of one file and commits, with no rejects. */
    static LoadResult load(EventStore store, List<Event> events) {
        try (EventLoad load = store.beginLoad(source("events.csv"))) {
            long line = 0;
            for (Event e : events) {
                load.add(e, ++line);
            }
            return load.commit(events.size(), 0, null);
        }
    }

    static LoadResult load(EventStore store, Event... events) {
        return load(store, List.of(events));
    }

    static List<Event> read(EventStore store, EventQuery query) {
        List<Event> events = new ArrayList<>();
        store.forEachEvent(query, events::add);
        return events;
    }

    static List<Event> readAll(EventStore store) {
        return read(store, EventQuery.ALL);
    }
}
