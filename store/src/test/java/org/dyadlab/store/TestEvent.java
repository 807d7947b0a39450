package org.dyadlab.store;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;

/**
 * Builds hand-made events for store tests: {@code TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042")}
 * is Pakistan acting on the United States (actor code = country code, no agents), origin "test", nothing
 * else known; the setters fill in the rest.
 */
final class TestEvent {
    static final CameoOntology CAMEO = CameoOntology.standard();

    private final String id;
    private LocalDate date;
    private DatePrecision precision = DatePrecision.DAY;
    private EventActor source;
    private EventActor target;
    private String code;
    private String origin = "test";
    private String originId;
    private Double originGoldstein;
    private String url;
    private String documentRef;
    private String textHash;
    private Integer mentions;

    private TestEvent(String id) {
        this.id = id;
    }

    static TestEvent of(String id, String date, String source, String target, String code) {
        TestEvent t = new TestEvent(id);
        t.date = LocalDate.parse(date);
        t.source = country(source);
        t.target = country(target);
        t.code = code;
        return t;
    }

    static EventActor country(String code) {
        return new EventActor(null, code, code, List.of());
    }

    TestEvent precision(DatePrecision p) {
        precision = p;
        return this;
    }

    TestEvent source(EventActor a) {
        source = a;
        return this;
    }

    TestEvent target(EventActor a) {
        target = a;
        return this;
    }

    TestEvent origin(String o) {
        origin = o;
        return this;
    }

    TestEvent originId(String o) {
        originId = o;
        return this;
    }

    TestEvent originGoldstein(Double g) {
        originGoldstein = g;
        return this;
    }

    TestEvent url(String u) {
        url = u;
        return this;
    }

    TestEvent documentRef(String d) {
        documentRef = d;
        return this;
    }

    TestEvent textHash(String h) {
        textHash = h;
        return this;
    }

    TestEvent mentions(Integer m) {
        mentions = m;
        return this;
    }

    Event build() {
        return new Event(id, date, precision, source, target, CAMEO.requireEventCode(code), origin, originId,
                originGoldstein, url, documentRef, textHash, mentions);
    }
}
