package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents, versions, passages and memos round-trip through the store. */
class CorpusStoreTest {
    private static final Instant T = Instant.parse("2026-03-01T10:15:30Z");
    private static final String H1 = "a".repeat(64);
    private static final String H2 = "b".repeat(64);

    @TempDir
    Path dir;

    private static Document doc(String id) {
        return new Document(id, "/data/" + id + ".txt", SourceKind.SPEECH, new Side("PAK"),
                new DocumentMetadata("Title " + id, List.of("A. Speaker", "B. Writer"), LocalDate.of(2018, 9, 29),
                        "UN", "https://example.org/" + id, "10.1/x"), 1);
    }

    private static DocumentVersion version(String id, int v, String hash, String text) {
        return new DocumentVersion(id, v, hash, "text/plain", text, List.of(new TextSpan(0, text.length())),
                List.of(new TextSpan(0, Math.min(5, text.length()))), T);
    }

    @Test
    void documentsAndVersionsRoundTrip() {
        try (EventStore store = StoreFixture.open(dir)) {
            CorpusStore corpus = store.corpus();
            corpus.addDocument(doc("d1"), version("d1", 1, H1, "Hello world"));
            assertThat(corpus.document("d1")).contains(doc("d1"));
            assertThat(corpus.documentBySource("/data/d1.txt")).contains(doc("d1"));
            assertThat(corpus.documentWithContent(H1)).contains("d1");
            assertThat(corpus.documentWithContent(H2)).isEmpty();
            assertThat(corpus.currentVersion("d1")).contains(version("d1", 1, H1, "Hello world"));

            corpus.addVersion(version("d1", 2, H2, "Hello there"));
            assertThat(corpus.document("d1").orElseThrow().currentVersion()).isEqualTo(2);
            assertThat(corpus.currentVersion("d1").orElseThrow().text()).isEqualTo("Hello there");
            assertThat(corpus.version("d1", 1).orElseThrow().text()).isEqualTo("Hello world");
            assertThatThrownBy(() -> corpus.addVersion(version("d1", 4, H1, "xxxxxx")))
                    .hasMessageContaining("next version");
            assertThat(corpus.documentCount()).isEqualTo(1);
        }
        try (EventStore store = StoreFixture.open(dir)) {
            assertThat(store.corpus().documents()).containsExactly(doc("d1").withVersion(2));
        }
    }

    @Test
    void aFailedAddLeavesNothingBehind() {
        try (EventStore store = StoreFixture.open(dir)) {
            CorpusStore corpus = store.corpus();
            corpus.addDocument(doc("d1"), version("d1", 1, H1, "Hello world"));
            // same id again: the document row is refused, so the version row must not stay either
            Document clash = new Document("d1", "/elsewhere.txt", SourceKind.NEWS, null, DocumentMetadata.EMPTY, 1);
            assertThatThrownBy(() -> corpus.addDocument(clash, version("d1", 1, H2, "Other")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(corpus.documentWithContent(H2)).isEmpty();
        }
    }

    @Test
    void passagesAndMemosRoundTripWithFilters() {
        try (EventStore store = StoreFixture.open(dir)) {
            CodingStore coding = store.coding();
            Passage a = new Passage(0, "d1", 1, new TextSpan(0, 5), "economic.aid", "alice", CodingOrigin.MANUAL, null,
                    "Hello", T);
            Passage b = new Passage(0, "d1", 1, new TextSpan(6, 11), "political", Passage.RULE_CODER,
                    CodingOrigin.RULE, "term:world", "world", T);
            List<Passage> stored = coding.addAll(List.of(a, b));
            assertThat(stored).extracting(Passage::id).containsExactly(1L, 2L);
            assertThat(coding.add(a).id()).isEqualTo(3L);
            assertThat(coding.passages(PassageQuery.ALL)).hasSize(3);
            assertThat(coding.passages(new PassageQuery(Set.of(), Set.of("economic"), Set.of())))
                    .extracting(Passage::id).containsExactly(1L, 3L);
            assertThat(coding.passages(new PassageQuery(Set.of("rules"), Set.of(), Set.of("d1"))))
                    .containsExactly(b.withId(2));
            assertThat(coding.coders()).containsExactly("alice", "rules");
            assertThat(coding.passage(2)).contains(b.withId(2));
            assertThat(coding.passage(99)).isEmpty();
            assertThat(coding.deletePassages("alice", List.of("d1"))).isEqualTo(2);
            assertThat(coding.passages(PassageQuery.ALL)).hasSize(1);

            Memo m = coding.addMemo(new Memo(0, Memo.Target.CODE, "economic.aid", "alice", "Includes pledges.", T));
            assertThat(m.id()).isEqualTo(1);
            assertThat(coding.memos()).containsExactly(m);
        }
    }

    @Test
    void aDeletedPassageTakesItsMemosWithItSoThatTheNextPassageGivenItsIdDoesNotInheritThem() {
        try (EventStore store = StoreFixture.open(dir)) {
            CodingStore coding = store.coding();
            Passage mistake = coding.add(new Passage(0, "d1", 1, new TextSpan(0, 5), "economic.aid", "alice",
                    CodingOrigin.MANUAL, null, "Hello", T));
            Memo onPassage = coding.addMemo(new Memo(0, Memo.Target.PASSAGE, Long.toString(mistake.id()), "alice",
                    "Why this is aid.", T));
            Memo onCode = coding.addMemo(new Memo(0, Memo.Target.CODE, Long.toString(mistake.id()), "alice", "A code.", T));

            assertThat(coding.deletePassage(mistake.id())).isTrue();
            assertThat(coding.passage(mistake.id())).isEmpty();
            assertThat(coding.memos()).containsExactly(onCode);
            assertThat(coding.deletePassage(mistake.id())).isFalse();
            Passage next = coding.add(mistake.withId(0));
            assertThat(next.id()).isEqualTo(mistake.id());
            assertThat(coding.memos()).doesNotContain(onPassage);
        }
    }

    @Test
    void passagesDeletedInBulkOrReplacedTakeTheirMemosAndNoOtherMemos() {
        try (EventStore store = StoreFixture.open(dir)) {
            CodingStore coding = store.coding();
            Passage ruled = new Passage(0, "d1", 1, new TextSpan(0, 5), "economic.aid", Passage.RULE_CODER,
                    CodingOrigin.RULE, "term:hello", "Hello", T);
            Passage byAlice = new Passage(0, "d2", 1, new TextSpan(0, 5), "political", "alice", CodingOrigin.MANUAL,
                    null, "Hello", T);
            Passage ruledToo = new Passage(0, "d1", 1, new TextSpan(6, 11), "economic.aid", Passage.RULE_CODER,
                    CodingOrigin.RULE, "term:world", "world", T);
            List<Passage> stored = coding.addAll(List.of(ruled, ruledToo, byAlice));
            Memo onRuled = coding.addMemo(new Memo(0, Memo.Target.PASSAGE, Long.toString(stored.get(1).id()), "alice",
                    "A rule's catch.", T));
            Memo onAlices = coding.addMemo(new Memo(0, Memo.Target.PASSAGE, Long.toString(stored.get(2).id()), "alice",
                    "Mine.", T));
            Memo onCode = coding.addMemo(new Memo(0, Memo.Target.CODE, "economic.aid", "alice", "A code.", T));

            // the rule coder runs again over d1: its passages are replaced, the memo on one of them goes too
            coding.replace(Passage.RULE_CODER, List.of("d1"), List.of(ruled));
            assertThat(coding.memos()).containsExactlyInAnyOrder(onAlices, onCode);

            assertThat(coding.deletePassages("alice", List.of())).isEqualTo(1);
            assertThat(coding.memos()).containsExactly(onCode);
            Passage next = coding.add(byAlice);
            assertThat(coding.memos()).as("passage " + next.id() + " has no memo").containsExactly(onCode);
        }
    }
}
