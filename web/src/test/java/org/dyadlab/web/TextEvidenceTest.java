package org.dyadlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.corpus.ingest.DocumentIngester;
import org.dyadlab.corpus.ingest.IngestOptions;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.model.event.EventSpan;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadSource;
import org.dyadlab.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence of text-coded events on a real server: a sentence named by its span in a stored version of a document
 * (with markup, an entity, an address and line breaks left in the stored text), the words the coder matched
 * highlighted and escaped; the actors' names for an event without spans; a clear note, not an error, for a document
 * the corpus does not hold and for an old sentence-index reference.
 */
class TextEvidenceTest {
    private static final String STORY = "story";
    /** The first version: the sentence coded, as the corpus stores it (the coder removed the markup itself). */
    static final String VERSION_1 = "Talks &amp; meetings were held in\nIslamabad.\n\n"
            + "Pakistan <b>condemned</b>\nIndia (see https://example.org/x) on Wednesday.\n";
    /** A later version with a new first line: the first version's offsets point elsewhere in it. */
    static final String VERSION_2 = "Pakistan and India met in Geneva.\n" + VERSION_1;
    static final String SENTENCE = "Pakistan <b>condemned</b>\nIndia (see https://example.org/x) on Wednesday.";

    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;
    ServerFixture server;
    Http http;

    @BeforeAll
    static void buildTemplate() throws Exception {
        template = shared.resolve("template");
        Path docs = Files.createDirectories(shared.resolve("docs"));
        Path file = docs.resolve(STORY + ".txt");
        try (EventStore store = EventStore.open(new Workspace(template), TestWorkspace.CAMEO)) {
            DocumentIngester ingester = new DocumentIngester(store.corpus(), Clock.systemUTC());
            IngestOptions news = IngestOptions.builder().kind(SourceKind.NEWS).build();
            Files.writeString(file, VERSION_1, StandardCharsets.UTF_8);
            ingester.ingest(List.of(file), news, o -> { });
            Files.writeString(file, VERSION_2, StandardCharsets.UTF_8);
            ingester.ingest(List.of(file), news, o -> { });
            assertThat(store.corpus().document(STORY).orElseThrow().currentVersion()).isEqualTo(2);

            int start = VERSION_1.indexOf(SENTENCE);
            String exact = "doc:" + STORY + "@v1#" + start + ":" + (start + SENTENCE.length());
            try (EventLoad load = store.beginLoad(new LoadSource("text:coder-text", "text-coder", 0, null))) {
                load.add(event("text:exact", exact), 1, List.of(span("source", "Pakistan"), span("verb", "condemned"),
                        span("target", "India")));
                load.add(event("text:no-spans", exact), 2);
                load.add(event("text:file", "doc:not-ingested#120:180"), 3);
                load.add(event("text:old", "doc:" + STORY + "#s1"), 4);
                load.commit(4, 0, null);
            }
        }
    }

    /** Where a word of the coded sentence is in the first version. */
    private static EventSpan span(String role, String word) {
        int at = VERSION_1.indexOf(SENTENCE) + SENTENCE.indexOf(word);
        return new EventSpan(role, at, at + word.length());
    }

    private static Event event(String id, String ref) {
        EventActor pak = new EventActor("Pakistan", "PAK", "PAK", List.of());
        EventActor ind = new EventActor("India", "IND", "IND", List.of());
        return new Event(id, LocalDate.of(2018, 1, 3), DatePrecision.DAY, pak, ind,
                TestWorkspace.CAMEO.requireEventCode("122"), "coder-text", null, null, null, ref, null, null);
    }

    @BeforeEach
    void start() throws Exception {
        server = new ServerFixture(template, dir, WebOptions.local(0));
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode evidence(String id) throws Exception {
        return http.json("/api/event?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).get("evidence");
    }

    private static List<String> marks(JsonNode document) {
        List<String> out = new ArrayList<>();
        String text = document.get("text").asText();
        int offset = document.get("start").asInt();
        for (JsonNode h : document.get("highlights")) {
            out.add(h.get("role").asText() + "=" + text.substring(h.get("start").asInt() - offset,
                    h.get("end").asInt() - offset));
        }
        return out;
    }

    @Test
    void aSpanOfAStoredVersionIsThatVersionsSentenceWithTheMatchedWordsHighlighted() throws Exception {
        JsonNode ev = evidence("text:exact");
        assertThat(ev.get("kind").asText()).isEqualTo("document");
        assertThat(ev.get("note").isNull()).as("an exact reference needs no caveat").isTrue();
        JsonNode doc = ev.get("document");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("text").asText()).isEqualTo(SENTENCE);
        assertThat(marks(doc)).containsExactly("source=Pakistan", "verb=condemned", "target=India");
    }

    @Test
    void theEventPageShowsTheSentenceEscapedWithTheMatchedWordsMarked() throws Exception {
        HttpResponse<String> page = http.get("/event?id=text%3Aexact");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<mark class=\"source\" title=\"source\">Pakistan</mark> &lt;b&gt;"
                        + "<mark class=\"verb\" title=\"verb\">condemned</mark>&lt;/b&gt;")
                .contains("<mark class=\"target\" title=\"target\">India</mark>")
                .doesNotContain("<b>condemned");
    }

    @Test
    void anEventWithoutSpansHasItsActorsNamesHighlighted() throws Exception {
        JsonNode doc = evidence("text:no-spans").get("document");
        assertThat(doc.get("text").asText()).isEqualTo(SENTENCE);
        assertThat(marks(doc)).containsExactly("name=Pakistan", "name=India");
    }

    @Test
    void aDocumentTheCorpusDoesNotHoldIsSaidSoNotAnError() throws Exception {
        JsonNode ev = evidence("text:file");
        assertThat(ev.get("kind").asText()).isEqualTo("none");
        assertThat(ev.get("note").asText()).contains("not-ingested is not in this workspace's corpus")
                .contains("characters 120–180").contains("dyadlab corpus ingest");
        HttpResponse<String> page = http.get("/event?id=text%3Afile");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("not in this workspace");
    }

    @Test
    void anOldSentenceIndexIsShownWithTheWarningThatItIsApproximate() throws Exception {
        JsonNode ev = evidence("text:old");
        assertThat(ev.get("kind").asText()).isEqualTo("document");
        assertThat(ev.get("document").get("version").asInt()).isEqualTo(2);
        assertThat(ev.get("note").asText()).startsWith("Approximate");
    }
}
