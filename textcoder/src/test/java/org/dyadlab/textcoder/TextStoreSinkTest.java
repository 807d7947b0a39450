package org.dyadlab.textcoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyadlab.textcoder.TestDocuments.codeAll;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.CodedDocument;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.textcoder.text.TextDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store sink of text-coding runs, on a real workspace: per-batch commits, interruption, resumption. */
class TextStoreSinkTest {
    private static final String ORIGIN = "statements";

    /**
     * Hands everything on to the store's sink and notes what the store holds after each commit; killed (as a run
     * would be) at the commit of batch {@code killAt}, before the store's sink commits it.
     */
    private static final class Observed implements TextCodingRun.Sink {
        final TextStoreSink store;
        final EventStore events;
        final List<String> eventIds = new ArrayList<>();
        final List<Long> eventsAfterCommit = new ArrayList<>();
        final List<Integer> documentsAfterCommit = new ArrayList<>();
        int killAt = Integer.MAX_VALUE;

        Observed(TextStoreSink store, EventStore events) {
            this.store = store;
            this.events = events;
        }

        @Override
        public void document(TextDocument d, DocumentCoding c, List<TextEventConverter.Conversion> conversions,
                             String republishedOf) {
            conversions.forEach(e -> eventIds.add(e.event().id()));
            store.document(d, c, conversions, republishedOf);
        }

        @Override
        public void commit() {
            if (eventsAfterCommit.size() + 1 >= killAt) {
                throw new IllegalStateException("killed");
            }
            store.commit();
            eventsAfterCommit.add(events.countEvents());
            documentsAfterCommit.add(events.codedDocuments().of(ORIGIN).size());
        }
    }

    private static TextCodingRun run(Set<String> done, TextCodingRun.Sink sink) {
        return new TextCodingRun(TestCoders.tiny(), new TextEventConverter(CameoOntology.standard(), ORIGIN),
                new Republications(7), done, sink, 3);
    }

    private static EventStore open(Path dir) {
        return EventStore.open(new Workspace(dir), CameoOntology.standard());
    }

    @Test
    void eachBatchStoresItsEventsTheirSpansAndItsDocumentRecordsInOneCommit(@TempDir Path dir) {
        try (EventStore store = open(dir); TextStoreSink sink = new TextStoreSink(store, ORIGIN)) {
            Observed observed = new Observed(sink, store);
            TextCodingRun r = run(new HashSet<>(), observed);
            TextCodingRun.Summary s = codeAll(r, 5);

            assertThat(s.events()).isEqualTo(5);
            assertThat(observed.eventsAfterCommit).containsExactly(3L, 5L);
            assertThat(observed.documentsAfterCommit).containsExactly(3, 5);
            assertThat(sink.imported()).isEqualTo(5);
            for (String id : observed.eventIds) {
                assertThat(store.event(id)).as(id).get().extracting(e -> e.origin()).isEqualTo(ORIGIN);
                assertThat(store.eventSpans(id)).as(id).isNotEmpty();
            }
            assertThat(store.codedDocuments().of(ORIGIN)).extracting(CodedDocument::documentId)
                    .containsExactlyInAnyOrder("doc-0", "doc-1", "doc-2", "doc-3", "doc-4");
            assertThat(store.codedDocuments().of(ORIGIN)).extracting(CodedDocument::events).containsOnly(1);
        }
    }

    @Test
    void aBatchNotCommittedLeavesNothing(@TempDir Path dir) {
        try (EventStore store = open(dir)) {
            Observed observed;
            try (TextStoreSink sink = new TextStoreSink(store, ORIGIN)) {
                observed = new Observed(sink, store);
                observed.killAt = 2;
                TextCodingRun r = run(new HashSet<>(), observed);
                assertThatThrownBy(() -> codeAll(r, 5)).hasMessage("killed");
                assertThat(sink.imported()).isEqualTo(3);
            }

            assertThat(store.countEvents()).isEqualTo(3);
            assertThat(store.codedDocuments().of(ORIGIN)).extracting(CodedDocument::documentId)
                    .containsExactlyInAnyOrder("doc-0", "doc-1", "doc-2");
            for (String id : observed.eventIds.subList(3, 5)) {
                assertThat(store.event(id)).as(id).isEmpty();
                assertThat(store.eventSpans(id)).as(id).isEmpty();
            }
        }
    }

    @Test
    void aRunStartedAgainWithTheSameDocumentsAddsNothing(@TempDir Path dir) {
        try (EventStore store = open(dir)) {
            try (TextStoreSink first = new TextStoreSink(store, ORIGIN)) {
                TextCodingRun r = run(new HashSet<>(), first);
                codeAll(r, 5);
            }
            long events = store.countEvents();
            List<CodedDocument> recorded = store.codedDocuments().of(ORIGIN);

            try (TextStoreSink again = new TextStoreSink(store, ORIGIN)) {
                Republications republications = new Republications(7);
                Set<String> done = again.alreadyCoded(republications);
                TextCodingRun r = new TextCodingRun(TestCoders.tiny(),
                        new TextEventConverter(CameoOntology.standard(), ORIGIN), republications, done, again, 3);
                TextCodingRun.Summary s = codeAll(r, 5);

                assertThat(done).hasSize(5);
                assertThat(s.resumed()).isEqualTo(5);
                assertThat(s.coded()).isZero();
                assertThat(again.imported()).isZero();
            }
            assertThat(store.countEvents()).isEqualTo(events);
            assertThat(store.codedDocuments().of(ORIGIN)).isEqualTo(recorded);
        }
    }
}
