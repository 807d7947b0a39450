package org.dyadlab.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadSource;
import org.dyadlab.store.Workspace;

/**
 * Events written by hand for analysis tests, and a store holding them, through the store's public API only:
 * {@code HandMadeEvents.event("e:1", "2017-01-19", "PAK", "USA", "042")} is Pakistan acting on the United
 * States with CAMEO code 042, origin "test".
 */
public final class HandMadeEvents {
    public static final CameoOntology CAMEO = CameoOntology.standard();

    private HandMadeEvents() {
    }

    public static Event event(String id, String date, String source, String target, String code) {
        return event(id, LocalDate.parse(date), actor(source), actor(target), code, "test");
    }

    public static Event event(String id, LocalDate date, EventActor source, EventActor target, String code,
                              String origin) {
        return new Event(id, date, DatePrecision.DAY, source, target, CAMEO.requireEventCode(code), origin, null, null,
                null, null, null, null);
    }

    /** A country as an actor (actor code = country code); null gives an actor without a country. */
    public static EventActor actor(String country) {
        return country == null ? new EventActor("Someone", null, null, List.of())
                : new EventActor(null, country, country, List.of());
    }

    public static EventStore open(Path dir) {
        return EventStore.open(new Workspace(dir), CAMEO);
    }

    /** Loads the events as lines 1, 2, … of one file and commits. */
    public static void load(EventStore store, List<Event> events) {
        try (EventLoad load = store.beginLoad(new LoadSource("hand-made.csv", "test", -1, null))) {
            long line = 0;
            for (Event e : events) {
                load.add(e, ++line);
            }
            load.commit(events.size(), 0, null);
        }
    }

    /** A new store in {@code dir} holding the events. */
    public static EventStore storeWith(Path dir, List<Event> events) {
        EventStore store = open(dir);
        load(store, events);
        return store;
    }
}
