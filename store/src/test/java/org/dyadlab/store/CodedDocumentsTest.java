package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Records of coded documents are written with the load's events, or not at all. */
class CodedDocumentsTest extends StoreTest {
    private static CodedDocument doc(String id) {
        return new CodedDocument("statements", id, "h-" + id, LocalDate.of(2018, 1, 1), 3, 1, null);
    }

    @Test
    void aCommittedLoadKeepsItsEventsAndItsDocumentRecordsTogether() {
        try (EventLoad load = store.beginLoad(new LoadSource("text:statements", "text-coder", 0, null))) {
            load.add(TestEvent.of("s:1", "2018-01-01", "USA", "PAK", "112").build(), 1);
            load.recordCoded(doc("post-1"));
            load.recordCoded(doc("post-1"));
            load.commit(1, 0, null);
        }
        assertThat(store.codedDocuments().of("statements")).singleElement()
                .satisfies(d -> assertThat(d.documentId()).isEqualTo("post-1"));
        assertThat(store.codedDocuments().of("coder-text")).isEmpty();
        assertThat(store.countEvents()).isEqualTo(1);
    }

    @Test
    void aLoadClosedWithoutCommitLeavesNeitherEventsNorRecords() {
        try (EventLoad load = store.beginLoad(new LoadSource("text:statements", "text-coder", 0, null))) {
            load.add(TestEvent.of("s:2", "2018-01-01", "USA", "PAK", "112").build(), 1);
            load.recordCoded(doc("post-2"));
        }
        assertThat(store.codedDocuments().of("statements")).isEmpty();
        assertThat(store.countEvents()).isZero();
    }
}
