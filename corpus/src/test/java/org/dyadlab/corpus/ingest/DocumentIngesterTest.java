package org.dyadlab.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyadlab.corpus.Fixtures;
import org.dyadlab.corpus.TestStore;
import org.dyadlab.corpus.ingest.IngestOutcome.Status;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIngesterTest {
    @TempDir
    Path dir;

    private IngestReport ingest(EventStore store, IngestOptions options, Path... paths) {
        return new DocumentIngester(store.corpus(), TestStore.CLOCK).ingest(List.of(paths), options, o -> { });
    }

    private static IngestOptions options() {
        return IngestOptions.builder().kind(SourceKind.SPEECH).side(new Side("PAK")).build();
    }

    @Test
    void reIngestingChangesNothingAndAnEditedFileBecomesANewVersion() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path a = Fixtures.text(docs.resolve("a.txt"), "First line.\n\nSecond line.\n");
        Fixtures.text(docs.resolve("b.txt"), "Another speech.");
        try (EventStore store = TestStore.open(dir.resolve("ws"))) {
            IngestReport first = ingest(store, options(), docs);
            assertThat(first.outcomes()).extracting(IngestOutcome::status).containsExactly(Status.ADDED, Status.ADDED);
            assertThat(first.changedDocuments()).containsExactly("a", "b");

            IngestReport again = ingest(store, options(), docs);
            assertThat(again.outcomes()).extracting(IngestOutcome::status)
                    .containsExactly(Status.UNCHANGED, Status.UNCHANGED);

            Fixtures.text(a, "First line, edited.\n\nSecond line.\n");
            IngestReport edited = ingest(store, options(), a);
            assertThat(edited.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(Status.NEW_VERSION);
                assertThat(o.version()).isEqualTo(2);
            });
            assertThat(store.corpus().currentVersion("a").orElseThrow().text()).startsWith("First line, edited.");
            assertThat(store.corpus().version("a", 1).orElseThrow().text()).startsWith("First line.");
            assertThat(store.corpus().currentVersion("a").orElseThrow().paragraphs()).hasSize(2);

            Path copy = Fixtures.text(dir.resolve("copy-of-b.txt"), "Another speech.");
            assertThat(ingest(store, options(), copy).outcomes()).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(Status.DUPLICATE);
                assertThat(o.message()).contains("document b");
            });
            assertThat(store.corpus().documentCount()).isEqualTo(2);
        }
    }

    @Test
    void hostileFilesFailWithAReasonAndTheBatchGoesOn() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Fixtures.pdf(docs.resolve("1-locked.pdf"), "Locked", List.of(List.of("Secret.")), true);
        Fixtures.text(docs.resolve("2-broken.pdf"), "%PDF-1.7\ngarbage that is no PDF");
        Fixtures.zipBomb(docs.resolve("3-bomb.docx"), 5_000_000);
        Fixtures.sparse(docs.resolve("4-huge.pdf"), 500L << 20);
        Fixtures.text(docs.resolve("5-good.txt"), "A perfectly ordinary statement.");
        try (EventStore store = TestStore.open(dir.resolve("ws"))) {
            IngestOptions o = IngestOptions.builder().kind(SourceKind.POLICY_DOCUMENT)
                    .limits(new IngestLimits(100L << 20, 50_000_000, Duration.ofSeconds(60))).build();
            IngestReport r = ingest(store, o, docs);
            assertThat(r.outcomes()).extracting(IngestOutcome::status)
                    .containsExactly(Status.FAILED, Status.FAILED, Status.FAILED, Status.FAILED, Status.ADDED);
            assertThat(r.failures()).extracting(IngestOutcome::message).satisfiesExactly(
                    m -> assertThat(m).contains("encrypted"),
                    m -> assertThat(m).contains("corrupt"),
                    m -> assertThat(m).contains("zip bomb"),
                    m -> assertThat(m).contains("524,288,000 bytes, over the limit"));
            assertThat(store.corpus().documents()).extracting(Document::id).containsExactly("5-good");
        }
    }

    @Test
    void aSlowExtractionIsAbandonedAtTheDeadline() throws Exception {
        Path pdf = Fixtures.pdf(dir.resolve("slow.pdf"), "Slow", List.of(List.of("Text.")), false);
        Path txt = Fixtures.text(dir.resolve("after.txt"), "Read after the slow one.");
        try (EventStore store = TestStore.open(dir.resolve("ws"))) {
            // no PDF parse finishes within a millisecond: the first use of Tika alone loads hundreds of classes
            IngestOptions o = IngestOptions.builder().limits(new IngestLimits(1 << 20, 1000, Duration.ofMillis(1)))
                    .build();
            IngestReport r = ingest(store, o, pdf);
            assertThat(r.failures()).singleElement().extracting(IngestOutcome::message).asString()
                    .contains("took longer than the limit");
            IngestOptions normal = IngestOptions.builder().build();
            assertThat(ingest(store, normal, txt).outcomes()).extracting(IngestOutcome::status)
                    .containsExactly(Status.ADDED);
        }
    }

    @Test
    void metadataComesFromTheBibliographyThenTheFileNameThenTheFile() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Fixtures.docx(docs.resolve("smith2019.docx"), "Embedded title", List.of("On aid."));
        Fixtures.text(docs.resolve("PAK_73_2018.txt"), "Speech text.");
        Path bib = Fixtures.text(dir.resolve("refs.bib"), """
                @article{smith2019,
                  author = {Smith, Jane and Khan, Ali},
                  title = {{Aid} and Leverage},
                  journal = {Journal of Things},
                  year = 2019, month = may,
                  doi = {10.1234/xyz}
                }
                """);
        try (EventStore store = TestStore.open(dir.resolve("ws"))) {
            IngestOptions o = IngestOptions.builder().bibliography(BibliographyReader.read(bib))
                    .namePattern(Pattern.compile("(?<side>[A-Z]{3})_\\d+_(?<year>\\d{4})")).build();
            ingest(store, o, docs);
            Document article = store.corpus().document("smith2019").orElseThrow();
            assertThat(article.kind()).isEqualTo(SourceKind.ACADEMIC);
            assertThat(article.metadata().title()).isEqualTo("Aid and Leverage");
            assertThat(article.metadata().authors()).containsExactly("Smith, Jane", "Khan, Ali");
            assertThat(article.metadata().date()).isEqualTo(LocalDate.of(2019, 5, 1));
            assertThat(article.metadata().publisher()).isEqualTo("Journal of Things");
            assertThat(article.metadata().doi()).isEqualTo("10.1234/xyz");
            Document speech = store.corpus().document("PAK_73_2018").orElseThrow();
            assertThat(speech.side()).isEqualTo(new Side("PAK"));
            assertThat(speech.metadata().date()).isEqualTo(LocalDate.of(2018, 1, 1));
            assertThat(speech.kind()).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
        }
    }

    @Test
    void jsonLinesAndJsonArraysAreCollectionsOfDocuments() throws Exception {
        Path jsonl = Fixtures.text(dir.resolve("briefings.jsonl"), """
                {"id": "wh-1", "date": "2015-10-22", "title": "Briefing one", "url": "https://example.org/1", "text": "We discussed aid."}
                not json at all
                {"id": "wh-2", "date": "2015-10-23", "title": "Briefing two"}
                {"id": "wh-3", "date": "2015-10-24T10:00:00-04:00", "title": "Briefing three", "text": "Safe havens."}
                """);
        Path array = Fixtures.text(dir.resolve("posts.json"), """
                [{"id_str": "947802588", "created_at": "Mon Jan 01 12:12:00 +0000 2018", "text": "A post."}]
                """);
        try (EventStore store = TestStore.open(dir.resolve("ws"))) {
            IngestReport r = ingest(store, IngestOptions.builder().kind(SourceKind.SOCIAL_POST).build(), jsonl, array);
            assertThat(r.count(Status.ADDED)).isEqualTo(3);
            assertThat(r.failures()).extracting(IngestOutcome::message)
                    .anySatisfy(m -> assertThat(m).startsWith("line 2: not JSON"))
                    .anySatisfy(m -> assertThat(m).startsWith("line 3: no text"));
            Document one = store.corpus().document("wh-1").orElseThrow();
            assertThat(one.metadata().title()).isEqualTo("Briefing one");
            assertThat(one.metadata().url()).isEqualTo("https://example.org/1");
            assertThat(one.source()).endsWith("briefings.jsonl#wh-1");
            assertThat(store.corpus().document("wh-3").orElseThrow().metadata().date())
                    .isEqualTo(LocalDate.of(2015, 10, 24));
            Document post = store.corpus().document("posts#947802588").orElseThrow();
            assertThat(post.metadata().date()).isEqualTo(LocalDate.of(2018, 1, 1));
            List<Status> again = new ArrayList<>();
            ingest(store, IngestOptions.builder().build(), jsonl, array).outcomes().stream()
                    .filter(o -> o.status() != Status.FAILED).forEach(o -> again.add(o.status()));
            assertThat(again).containsOnly(Status.UNCHANGED).hasSize(3);
        }
    }
}
