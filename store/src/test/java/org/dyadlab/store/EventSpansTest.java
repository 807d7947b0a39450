package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventSpan;
import org.junit.jupiter.api.Test;

/** The words a coder matched are stored with their event in one transaction, once, and only for events stored. */
class EventSpansTest extends StoreTest {
    private static final List<EventSpan> MATCHED = List.of(new EventSpan("source", 10, 18),
            new EventSpan("verb", 19, 28), new EventSpan("target", 29, 34));

    private static Event event(String id) {
        return TestEvent.of(id, "2018-01-01", "PAK", "IND", "122").documentRef("doc:story@v1#10:35").build();
    }

    private LoadResult load(Event e, List<EventSpan> spans) {
        try (EventLoad load = store.beginLoad(StoreFixture.source("text:coder-text"))) {
            load.add(e, 1, spans);
            return load.commit(1, 0, null);
        }
    }

    @Test
    void aCommittedEventKeepsItsSpansInDocumentOrder() {
        load(event("t:1"), List.of(MATCHED.get(2), MATCHED.get(0), MATCHED.get(1)));
        assertThat(store.eventSpans("t:1")).containsExactlyElementsOf(MATCHED);
        assertThat(store.eventSpans("t:other")).isEmpty();
    }

    @Test
    void aDuplicateEventAddsNoSpans() {
        load(event("t:2"), MATCHED);
        LoadResult again = load(event("t:2"), List.of(new EventSpan("verb", 40, 45)));
        assertThat(again.imported()).isZero();
        assertThat(store.eventSpans("t:2")).containsExactlyElementsOf(MATCHED);
    }

    @Test
    void twoEventsOfOneLoadKeepTheirOwnSpansAndADuplicateWithinTheLoadNone() {
        try (EventLoad load = store.beginLoad(StoreFixture.source("text:coder-text"))) {
            load.add(event("t:3"), 1, MATCHED.subList(0, 1));
            load.add(event("t:4"), 2, MATCHED.subList(1, 3));
            load.add(event("t:3"), 3, List.of(new EventSpan("verb", 50, 55)));
            load.commit(3, 0, null);
        }
        assertThat(store.eventSpans("t:3")).containsExactlyElementsOf(MATCHED.subList(0, 1));
        assertThat(store.eventSpans("t:4")).containsExactlyElementsOf(MATCHED.subList(1, 3));
    }

    @Test
    void aLoadClosedWithoutCommitLeavesNoSpans() {
        try (EventLoad load = store.beginLoad(StoreFixture.source("text:coder-text"))) {
            load.add(event("t:5"), 1, MATCHED);
        }
        assertThat(store.countEvents()).isZero();
        assertThat(store.eventSpans("t:5")).isEmpty();
    }

    @Test
    void replacingAnOriginsEventsRemovesTheirSpans() {
        load(event("t:6"), MATCHED);
        try (EventLoad load = store.beginLoad(StoreFixture.source("text:coder-text"))) {
            load.replacing("test", "doc:story");
            load.commit(0, 0, null);
        }
        assertThat(store.countEvents()).isZero();
        assertThat(store.eventSpans("t:6")).isEmpty();
    }
}
