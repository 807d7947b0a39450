package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyadlab.store.StoreFixture.load;
import static org.dyadlab.store.StoreFixture.readAll;

import java.util.Comparator;
import java.util.List;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.junit.jupiter.api.Test;

/** What one {@link EventLoad} adds to the store, and what it leaves out or undoes. */
class EventLoadTest extends StoreTest {
    private static final String URL = "https://example.org/news/1";

    private static Event fullyKnown() {
        return TestEvent.of("gdelt:410412347", "2015-02-18", "PAK", "USA", "0211")
                .source(new EventActor("Nawaz Sharif, \"PM\"", "PAKGOV", "PAK", List.of("GOV", "ELI")))
                .target(new EventActor("Département d'État", "USAGOV", "USA", List.of("GOV")))
                .origin("gdelt2").originId("410412347").originGoldstein(3.4)
                .url("https://example.org/a?b=1,2").documentRef("story-7").textHash("ab12").mentions(12).build();
    }

    private static Event nothingKnown() {
        return TestEvent.of("icews:h0000", "2016-03-01", "USA", "PAK", "190")
                .source(EventActor.UNKNOWN).target(EventActor.UNKNOWN).precision(DatePrecision.MONTH).build();
    }

    private static Event yearOnly() {
        return TestEvent.of("coder:h1", "2014-01-01", "IND", "PAK", "112")
                .precision(DatePrecision.YEAR).originGoldstein(-2.0).mentions(0).build();
    }

    @Test
    void committedEventsReadBackEqualToWhatWentIn() {
        List<Event> in = List.of(fullyKnown(), nothingKnown(), yearOnly());
        LoadResult result = load(store, in);

        assertThat(result.imported()).isEqualTo(3);
        assertThat(store.countEvents()).isEqualTo(3);
        assertThat(readAll(store)).containsExactlyElementsOf(
                in.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList());
    }

    @Test
    void laterLineWithTheSameIdIsADuplicateEvenWhenAddedFirst() {
        Event atLine5 = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build();
        Event atLine3 = TestEvent.of("t:1", "2020-01-06", "USA", "PAK", "190").build();
        LoadResult result;
        try (EventLoad load = store.beginLoad(StoreFixture.source("f.csv"))) {
            load.add(atLine5, 5);
            load.add(atLine3, 3);
            result = load.commit(2, 0, null);
        }
        assertThat(result.duplicateIds()).isEqualTo(1);
        assertThat(result.duplicateContent()).isZero();
        assertThat(readAll(store)).containsExactly(atLine3);
    }

    @Test
    void idAlreadyStoredIsADuplicateAndTheStoredEventIsKept() {
        Event stored = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build();
        load(store, stored);
        Event sameId = TestEvent.of("t:1", "2020-02-01", "USA", "PAK", "190").build();
        Event fresh = TestEvent.of("t:2", "2020-02-01", "USA", "PAK", "190").build();

        LoadResult result = load(store, sameId, fresh);

        assertThat(result.duplicateIds()).isEqualTo(1);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(readAll(store)).containsExactly(stored, fresh);
    }

    @Test
    void sameContentAndUrlUnderAnotherIdWithinALoadIsADuplicate() {
        Event first = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").url(URL).build();
        Event again = TestEvent.of("t:2", "2020-01-05", "PAK", "USA", "042").url(URL).mentions(4).build();

        LoadResult result = load(store, first, again);

        assertThat(result.duplicateContent()).isEqualTo(1);
        assertThat(result.duplicateIds()).isZero();
        assertThat(readAll(store)).containsExactly(first);
    }

    @Test
    void sameContentAndUrlAsAStoredEventIsADuplicate() {
        Event stored = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").url(URL).build();
        load(store, stored);
        Event again = TestEvent.of("other:9", "2020-01-05", "PAK", "USA", "042").url(URL).origin("other").build();

        LoadResult result = load(store, again);

        assertThat(result.duplicateContent()).isEqualTo(1);
        assertThat(result.imported()).isZero();
        assertThat(readAll(store)).containsExactly(stored);
    }

    @Test
    void sameContentWithoutUrlIsNotADuplicate() {
        Event a = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build();
        Event b = TestEvent.of("t:2", "2020-01-05", "PAK", "USA", "042").build();
        Event c = TestEvent.of("t:3", "2020-01-05", "PAK", "USA", "042").build();

        LoadResult first = load(store, a, b);
        LoadResult second = load(store, c);

        assertThat(first.imported()).isEqualTo(2);
        assertThat(second.imported()).isEqualTo(1);
        assertThat(first.duplicates() + second.duplicates()).isZero();
        assertThat(store.countEvents()).isEqualTo(3);
    }

    @Test
    void contentDuplicateNeedsTheSameDateActorsCodeAndUrl() {
        Event base = TestEvent.of("t:0", "2020-01-05", "PAK", "USA", "042").url(URL).build();
        List<Event> eachDiffersInOneKeyField = List.of(
                TestEvent.of("t:1", "2020-01-06", "PAK", "USA", "042").url(URL).build(),
                TestEvent.of("t:2", "2020-01-05", "IND", "USA", "042").url(URL).build(),
                TestEvent.of("t:3", "2020-01-05", "PAK", "CHN", "042").url(URL).build(),
                TestEvent.of("t:4", "2020-01-05", "PAK", "USA", "043").url(URL).build(),
                TestEvent.of("t:5", "2020-01-05", "PAK", "USA", "042").url(URL + "?page=2").build());
        load(store, base);

        LoadResult result = load(store, eachDiffersInOneKeyField);

        assertThat(result.duplicates()).isZero();
        assertThat(result.imported()).isEqualTo(5);
    }

    @Test
    void contentDuplicateComparesActorCodesNotNames() {
        Event named = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").url(URL)
                .source(new EventActor("Pakistan", "PAK", "PAK", List.of())).build();
        Event otherName = TestEvent.of("t:2", "2020-01-05", "PAK", "USA", "042").url(URL)
                .source(new EventActor("Islamabad", "PAK", "PAK", List.of("GOV"))).build();

        assertThat(load(store, named, otherName).duplicateContent()).isEqualTo(1);
    }

    @Test
    void unknownActorsCountAsTheSameActorWithinALoadAndAgainstTheStore() {
        Event a = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").url(URL).source(EventActor.UNKNOWN).build();
        Event b = TestEvent.of("t:2", "2020-01-05", "PAK", "USA", "042").url(URL).source(EventActor.UNKNOWN).build();
        Event c = TestEvent.of("t:3", "2020-01-05", "PAK", "USA", "042").url(URL).source(EventActor.UNKNOWN).build();

        assertThat(load(store, a, b).duplicateContent()).isEqualTo(1);
        assertThat(load(store, c).duplicateContent()).isEqualTo(1);
        assertThat(readAll(store)).containsExactly(a);
    }

    @Test
    void resultNumbersAddUp() {
        load(store, TestEvent.of("t:1", "2020-01-01", "PAK", "USA", "042").url(URL).build());
        List<Event> mixed = List.of(
                TestEvent.of("t:1", "2020-01-02", "PAK", "USA", "042").build(),          // id stored
                TestEvent.of("t:2", "2020-01-01", "PAK", "USA", "042").url(URL).build(), // content stored
                TestEvent.of("t:3", "2020-01-03", "PAK", "USA", "042").build(),          // new
                TestEvent.of("t:3", "2020-01-04", "PAK", "USA", "042").build(),          // id earlier in load
                TestEvent.of("t:4", "2020-01-05", "PAK", "USA", "042").url(URL).build(), // new
                TestEvent.of("t:5", "2020-01-05", "PAK", "USA", "042").url(URL).build(), // content earlier in load
                TestEvent.of("t:6", "2020-01-06", "USA", "PAK", "190").build());         // new

        LoadResult r = load(store, mixed);

        assertThat(r.staged()).isEqualTo(7);
        assertThat(r.imported()).isEqualTo(3);
        assertThat(r.duplicateIds()).isEqualTo(2);
        assertThat(r.duplicateContent()).isEqualTo(2);
        assertThat(r.staged()).isEqualTo(r.imported() + r.duplicates());
        assertThat(store.countEvents()).isEqualTo(4);
    }

    @Test
    void closingAnUncommittedLoadLeavesTheStoreAsBefore() {
        Event stored = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build();
        load(store, stored);
        List<ImportRecord> importsBefore = store.summary().imports();

        try (EventLoad load = store.beginLoad(StoreFixture.source("abandoned.csv"))) {
            load.add(TestEvent.of("t:2", "2020-01-06", "PAK", "USA", "042").build(), 1);
            load.add(TestEvent.of("t:3", "2020-01-07", "PAK", "USA", "042").build(), 2);
            assertThat(load.staged()).isEqualTo(2);
        }

        assertThat(readAll(store)).containsExactly(stored);
        assertThat(store.summary().imports()).isEqualTo(importsBefore);
    }

    @Test
    void anExceptionBeforeCommitRollsTheLoadBack() {
        Event stored = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build();
        load(store, stored);
        List<ImportRecord> importsBefore = store.summary().imports();

        assertThatThrownBy(() -> {
            try (EventLoad load = store.beginLoad(StoreFixture.source("broken.csv"))) {
                load.add(TestEvent.of("t:2", "2020-01-06", "PAK", "USA", "042").build(), 1);
                throw new IllegalStateException("reader failed at line 2");
            }
        }).hasMessage("reader failed at line 2");

        assertThat(readAll(store)).containsExactly(stored);
        assertThat(store.summary().imports()).isEqualTo(importsBefore);
    }

    @Test
    void aLoadAfterARolledBackLoadCommitsNormally() {
        try (EventLoad load = store.beginLoad(StoreFixture.source("abandoned.csv"))) {
            load.add(TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build(), 1);
        }
        Event e = TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build();

        LoadResult result = load(store, e);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.duplicates()).isZero();
        assertThat(readAll(store)).containsExactly(e);
    }

    @Test
    void eachCommitLogsOneImportWithItsCounts() {
        LoadResult first;
        try (EventLoad load = store.beginLoad(new LoadSource("/data/gdelt.csv", "gdelt2", 123, null))) {
            load.add(TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build(), 1);
            load.add(TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build(), 3);
            first = load.commit(4, 2, "/ws/rejects/gdelt.csv");
        }
        LoadResult second;
        try (EventLoad load = store.beginLoad(new LoadSource("/data/icews.tab", "icews", -1, null))) {
            load.add(TestEvent.of("t:2", "2020-01-06", "PAK", "USA", "042").build(), 1);
            second = load.commit(1, 0, null);
        }

        List<ImportRecord> imports = store.summary().imports();
        assertThat(imports).hasSize(2);
        ImportRecord a = imports.get(0);
        assertThat(a.importId()).isEqualTo(first.importId());
        assertThat(a.file()).isEqualTo("/data/gdelt.csv");
        assertThat(a.format()).isEqualTo("gdelt2");
        assertThat(a.rowsRead()).isEqualTo(4);
        assertThat(a.imported()).isEqualTo(1);
        assertThat(a.duplicates()).isEqualTo(1);
        assertThat(a.rejected()).isEqualTo(2);
        ImportRecord b = imports.get(1);
        assertThat(b.importId()).isEqualTo(second.importId()).isGreaterThan(a.importId());
        assertThat(b.file()).isEqualTo("/data/icews.tab");
        assertThat(b.imported()).isEqualTo(1);
        assertThat(b.finishedAt()).isAfterOrEqualTo(a.finishedAt());
    }

    @Test
    void aFinishedLoadRefusesFurtherUse() {
        EventLoad load = store.beginLoad(StoreFixture.source("f.csv"));
        load.add(TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build(), 1);
        load.commit(1, 0, null);
        Event late = TestEvent.of("t:2", "2020-01-05", "PAK", "USA", "042").build();

        assertThatThrownBy(() -> load.add(late, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> load.commit(2, 0, null)).isInstanceOf(IllegalStateException.class);
        load.close();
        assertThat(store.countEvents()).isEqualTo(1);
    }

    @Test
    void committedEventsSurviveReopeningTheStore() {
        List<Event> in = List.of(fullyKnown(), nothingKnown());
        load(store, in);
        store.close();
        store = StoreFixture.open(dir);
        assertThat(readAll(store)).containsExactlyInAnyOrderElementsOf(in);
    }

    @Test
    void aSecondLoadWhileOneIsOpenIsRefusedAndTheFirstStillCommits() {
        Event e = TestEvent.of("t:open", "2020-02-01", "PAK", "USA", "042").build();
        try (EventLoad first = store.beginLoad(StoreFixture.source("a.csv"))) {
            first.add(e, 1);
            assertThatThrownBy(() -> store.beginLoad(StoreFixture.source("b.csv")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
            assertThat(first.commit(1, 0, null).imported()).isEqualTo(1);
        }
        try (EventLoad next = store.beginLoad(StoreFixture.source("c.csv"))) {
            assertThat(next.commit(0, 0, null).imported()).isZero();
        }
        assertThat(readAll(store)).containsExactly(e);
    }

    @Test
    void aLineDroppedForItsIdDoesNotMakeALaterLineAContentDuplicate() {
        Event stored = TestEvent.of("t:7", "2020-03-01", "PAK", "USA", "042").url(URL).build();
        load(store, stored);
        // t:7 comes back with other content (a re-release); t:8 has that new content and must be kept
        Event rereleased = TestEvent.of("t:7", "2020-03-02", "USA", "PAK", "190").url(URL).build();
        Event sameAsRerelease = TestEvent.of("t:8", "2020-03-02", "USA", "PAK", "190").url(URL).build();
        LoadResult r = load(store, rereleased, sameAsRerelease);
        assertThat(r.duplicateIds()).isEqualTo(1);
        assertThat(r.duplicateContent()).isZero();
        assertThat(readAll(store)).containsExactly(stored, sameAsRerelease);
    }

    @Test
    void aReplacingLoadSwapsTheCuratedEventsOfItsOriginAndPrefixOnly() {
        Event oldRow = TestEvent.of("chronology:c:x", "2018-01-04", "USA", "PAK", "1622").origin("chronology")
                .documentRef("case:c#x").build();
        Event otherCase = TestEvent.of("chronology:d:x", "2018-01-04", "USA", "PAK", "1622").origin("chronology")
                .documentRef("case:d#x").build();
        Event gdelt = TestEvent.of("gdelt:1", "2018-01-04", "USA", "PAK", "1622").origin("gdelt2").build();
        load(store, oldRow, otherCase, gdelt);
        Event edited = TestEvent.of("chronology:c:x", "2018-01-05", "USA", "PAK", "1621").origin("chronology")
                .documentRef("case:c#x").build();
        LoadResult r;
        try (EventLoad load = store.beginLoad(StoreFixture.source("chronology.csv"))) {
            load.replacing("chronology", "case:c#");
            load.add(edited, 1);
            r = load.commit(1, 0, null);
        }
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.duplicates()).isZero();
        assertThat(readAll(store)).containsExactlyInAnyOrder(edited, otherCase, gdelt);
    }
}
