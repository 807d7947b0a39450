package org.dyadlab.corpus.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyadlab.corpus.TestStore;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.corpus.coding.RuleCoder;
import org.dyadlab.corpus.ingest.DocumentIngester;
import org.dyadlab.corpus.ingest.IngestOptions;
import org.dyadlab.corpus.ingest.IngestOutcome;
import org.dyadlab.corpus.ingest.IngestReport;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.corpus.search.SearchHit;
import org.dyadlab.corpus.search.SearchQuery;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.store.EventStore;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.dyadlab.testkit.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real official-statement collections: White House briefings (JSON lines) and the Trump posts (JSON array). */
@SharedDataTest
@SlowTest
class OfficialCollectionsTest {
    @TempDir
    Path dir;

    @Test
    void briefingsAndPostsBecomeDatedSearchableDocuments() {
        try (EventStore store = TestStore.open(dir.resolve("ws"));
             CorpusIndex index = CorpusIndex.open(dir.resolve("ws/index"))) {
            DocumentIngester ingester = new DocumentIngester(store.corpus(), TestStore.CLOCK);
            IngestReport briefings = ingester.ingest(
                    List.of(SharedData.resolve("whitehouse-obama-briefings-pakistan/documents.jsonl")),
                    IngestOptions.builder().kind(SourceKind.OFFICIAL_STATEMENT).side(new Side("USA")).build(), o -> { });
            IngestReport posts = ingester.ingest(List.of(SharedData.resolve("trump-tweets/condensed_2017.json")),
                    IngestOptions.builder().kind(SourceKind.SOCIAL_POST).side(new Side("USA")).build(), o -> { });
            assertThat(briefings.count(IngestOutcome.Status.ADDED)).isEqualTo(115);
            assertThat(briefings.failures()).isEmpty();
            // 2,605 tweets; retweets of the same text count as duplicates of the first one
            assertThat(posts.count(IngestOutcome.Status.ADDED) + posts.count(IngestOutcome.Status.DUPLICATE))
                    .isEqualTo(2605);
            Document b = store.corpus().document("wh-obama-0775").orElseThrow();
            assertThat(b.metadata().date()).isEqualTo(LocalDate.of(2013, 1, 8));
            assertThat(b.metadata().url()).startsWith("https://obamawhitehouse.archives.gov/");
            index.update(store.corpus(), store.coding(), posts.changedDocuments());
            index.update(store.corpus(), store.coding(), briefings.changedDocuments());

            List<SearchHit> hits = index.search(new SearchQuery("Pakistan \"33 billion\"", Set.of(SourceKind.SOCIAL_POST),
                    Set.of(), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1), Set.of(), 5)).hits();
            assertThat(hits).extracting(SearchHit::documentId).containsExactly("condensed_2017#947802588174577664");
            assertThat(hits.get(0).snippets().get(0).marked("[", "]")).contains("[33 billion]");

            DocumentVersion tweet = store.corpus().currentVersion("condensed_2017#947802588174577664").orElseThrow();
            List<Passage> coded = new RuleCoder(CodebookYaml.pakUsa()).code(tweet, TestStore.CLOCK.instant());
            assertThat(coded).extracting(Passage::codeId).contains("economic.aid-assistance");

            long sharifVisit = index.search(new SearchQuery("F-16", Set.of(SourceKind.OFFICIAL_STATEMENT), Set.of(),
                    LocalDate.of(2015, 10, 22), LocalDate.of(2015, 10, 22), Set.of(), 5)).totalHits();
            assertThat(sharifVisit).isEqualTo(1);
        }
    }
}
