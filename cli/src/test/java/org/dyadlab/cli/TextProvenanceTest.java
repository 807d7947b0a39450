package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventSpan;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.dyadlab.textcoder.text.TextCleaner;
import org.dyadlab.web.WebOptions;
import org.dyadlab.web.WebServer;
import org.dyadlab.web.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact provenance end to end: documents ingested into a workspace's corpus — an HTML page (stored as Tika's text,
 * with a title-case heading and blank lines), a plain-text statement (CRLF, runs of blanks, a heading in capitals,
 * a dateline, a line broken inside a sentence) and a JSON-lines record whose stored text keeps its markup and entities
 * — coded with {@code dyadlab code text --from-store --store} (the Phoenix dictionaries of ../shared/data). Each event's
 * {@code document_ref} names exactly its sentence in the stored text and its {@code event_spans} exactly the matched
 * words, although the coder found them in the cleaned text, where they stand elsewhere; coding again adds nothing; the
 * dashboard shows the sentence with the words marked and escaped.
 */
@SharedDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextProvenanceTest {
    private static final Pattern REF = Pattern.compile("doc:([^@#]+)@v(\\d+)#(\\d+):(\\d+)");
    private static final String HTML = """
            <!DOCTYPE html>
            <html>
            <head><meta charset="utf-8"><title>Press briefing on South Asia</title></head>
            <body>
            <h1>Press briefing on South Asia</h1>
            <p>The United States accused Pakistan of harbouring militants.</p>
            <p>Officials met in Washington &amp; Islamabad on Tuesday; the talks &ndash; the first
               in a year &ndash; were    long.</p>
            </body>
            </html>
            """;
    private static final String STATEMENT = "STATEMENT BY THE SPOKESPERSON\r\n\r\n\r\n   Islamabad,  8 January 2018"
            + "\r\n\r\nThe talks were long.   Pakistan  condemned  \r\n  the United States   for its remarks.\r\n";
    private static final String WIRE = "{\"id\":\"wire-1\",\"date\":\"2018-01-10\",\"title\":\"Wire\",\"text\":"
            + "\"<h2>WASHINGTON</h2>\\n<p>Officials spoke &amp; left.</p>\\n"
            + "<p>The <b>United States</b> praised&nbsp;Pakistan for its help.</p>\"}\n";
    /** The wire's coded sentence as the corpus stores it: with its markup and entity. */
    private static final String WIRE_SENTENCE = "The <b>United States</b> praised&nbsp;Pakistan for its help.";

    @TempDir
    static Path dir;
    private Path workspace;
    private String dictionaries;
    private Cli ingest;
    private Cli coding;

    @BeforeAll
    void ingestAndCode() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("briefing_2018-01-05.html"), HTML);
        Files.writeString(docs.resolve("statement_2018-01-08.txt"), STATEMENT);
        Files.writeString(docs.resolve("wire.jsonl"), WIRE);
        workspace = dir.resolve("ws");
        dictionaries = SharedData.resolve("petrarch2/dictionaries").toString();
        ingest = Cli.run("corpus", "ingest", "-w", workspace.toString(), docs.toString(), "--kind", "news",
                "--name-pattern", "_(?<date>\\d{4}-\\d{2}-\\d{2})", "-q");
        coding = codeFromStore("events.csv");
    }

    private Cli codeFromStore(String output) {
        return Cli.run("code", "text", "--from-store", "--store", "-w", workspace.toString(), "--dictionaries",
                dictionaries, "-q", "-o", dir.resolve(output).toString());
    }

    /** What the coder says it matched, by event and role ("source", "target", "verb"), from its CSV output. */
    private static Map<String, String> matchedWords() throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(dir.resolve("events.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                for (String role : List.of("source", "target", "verb")) {
                    out.put(row.get("event_id") + " " + role, row.get(role + "_text"));
                }
            }
        }
        return out;
    }

    /** An event, its sentence and its spans, as read back from the store. */
    private record Stored(Event event, String documentId, int version, int currentVersion, String text, int start,
                          int end, List<EventSpan> spans) {
        String sentence() {
            return text.substring(start, end);
        }

        String words(EventSpan s) {
            return text.substring(s.start(), s.end());
        }

        /** The document, the triple, the sentence and the matched words. */
        String described() {
            StringBuilder b = new StringBuilder(documentId + " " + event.source().country() + "->"
                    + event.target().country() + " " + event.code().code() + " [" + sentence() + "]");
            spans.forEach(s -> b.append(' ').append(s.role()).append('=').append(words(s)));
            return b.toString();
        }
    }

    private List<Stored> stored() {
        List<Stored> out = new ArrayList<>();
        try (EventStore s = EventStore.open(new Workspace(workspace), CameoOntology.standard())) {
            s.forEachEvent(EventQuery.ALL, e -> {
                Matcher m = REF.matcher(e.documentRef());
                assertThat(m.matches()).as(e.documentRef()).isTrue();
                String id = m.group(1);
                int version = Integer.parseInt(m.group(2));
                String text = s.corpus().version(id, version).orElseThrow().text();
                out.add(new Stored(e, id, version, s.corpus().document(id).orElseThrow().currentVersion(), text,
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), s.eventSpans(e.id())));
            });
        }
        return out;
    }

    @Test
    void theDocumentsAreIngestedAndCodedIntoTheStore() {
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("added 3");
        assertThat(coding.exit()).as(coding.err()).isZero();
        assertThat(coding.err()).contains("read 3 documents: coded 3").contains("stored: 3 new events");
    }

    @Test
    void eachEventNamesExactlyItsSentenceInTheStoredTextAndItsSpansTheMatchedWords() throws Exception {
        List<Stored> events = stored();
        assertThat(events).extracting(Stored::described).containsExactlyInAnyOrder(
                "briefing_2018-01-05 USA->PAK 112 [The United States accused Pakistan of harbouring militants.] "
                        + "source=The United States verb=accused target=Pakistan",
                "statement_2018-01-08 PAK->USA 111 [Pakistan  condemned  \n  the United States   for its remarks.] "
                        + "source=Pakistan verb=condemned target=the United States",
                "wire-1 USA->PAK 051 [" + WIRE_SENTENCE + "] source=The <b>United States verb=praised "
                        + "target=Pakistan");
        for (Stored e : events) {
            assertThat(e.version()).isEqualTo(e.currentVersion()).isEqualTo(1);
            assertThat(e.end()).isLessThanOrEqualTo(e.text().length());
            assertThat(e.spans()).extracting(EventSpan::role).containsExactlyInAnyOrder("source", "target", "verb");
            for (EventSpan s : e.spans()) {
                assertThat(s.start()).as(e.described()).isGreaterThanOrEqualTo(e.start());
                assertThat(s.end()).as(e.described()).isLessThanOrEqualTo(e.end());
            }
        }
        Map<String, String> matched = matchedWords();
        for (Stored e : events) {
            for (EventSpan s : e.spans()) {
                assertThat(TextCleaner.clean(e.words(s)).replaceAll("\\s+", " "))
                        .as("the %s span of %s, without its markup, is what the coder matched", s.role(), e.described())
                        .isEqualTo(matched.get(e.event().id() + " " + s.role()));
            }
        }
    }

    @Test
    void theOffsetsAreThoseOfTheStoredTextNotThoseOfTheCleanedTextTheCoderRead() {
        for (Stored e : stored()) {
            String cleaned = TextCleaner.clean(e.text());
            int inCleaned = cleaned.indexOf(TextCleaner.clean(e.sentence()));
            assertThat(inCleaned).as(e.described()).isNotNegative().isNotEqualTo(e.start());
        }
    }

    @Test
    void codingTheStoreAgainAddsNothing() {
        List<String> before = stored().stream().map(Stored::described).toList();
        Cli again = codeFromStore("again.csv");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("already coded 3").contains("stored: 0 new events");
        assertThat(stored()).extracting(Stored::described).containsExactlyElementsOf(before);
    }

    @Test
    void theDashboardShowsEachEventsSentenceWithTheMatchedWordsMarkedAndEscaped() throws Exception {
        List<Stored> events = stored();
        HttpClient http = HttpClient.newHttpClient();
        try (Workbench workbench = Workbench.open(new Workspace(workspace), null, CameoOntology.standard());
             WebServer server = WebServer.start(workbench, WebOptions.local(0))) {
            for (Stored e : events) {
                String id = URLEncoder.encode(e.event().id(), StandardCharsets.UTF_8);
                JsonNode evidence = new ObjectMapper().readTree(get(http, server, "/api/event?id=" + id))
                        .get("evidence");
                assertThat(evidence.get("kind").asText()).isEqualTo("document");
                assertThat(evidence.get("note").isNull()).as("an exact reference needs no caveat").isTrue();
                JsonNode doc = evidence.get("document");
                assertThat(doc.get("documentId").asText()).isEqualTo(e.documentId());
                assertThat(doc.get("version").asInt()).isEqualTo(e.version());
                assertThat(doc.get("start").asInt()).isEqualTo(e.start());
                assertThat(doc.get("text").asText()).isEqualTo(e.sentence());
                List<String> marks = new ArrayList<>();
                doc.get("highlights").forEach(h -> marks.add(h.get("role").asText() + "="
                        + e.text().substring(h.get("start").asInt(), h.get("end").asInt())));
                assertThat(marks).containsExactlyElementsOf(e.spans().stream().map(s -> s.role() + "=" + e.words(s))
                        .toList());
            }
            String wire = events.stream().filter(e -> e.documentId().equals("wire-1")).findFirst().orElseThrow()
                    .event().id();
            String page = get(http, server, "/event?id=" + URLEncoder.encode(wire, StandardCharsets.UTF_8));
            assertThat(page).contains("<mark class=\"source\" title=\"source\">The &lt;b&gt;United States</mark>"
                    + "&lt;/b&gt; <mark class=\"verb\" title=\"verb\">praised</mark>&amp;nbsp;"
                    + "<mark class=\"target\" title=\"target\">Pakistan</mark> for its help.")
                    .doesNotContain("<b>United");
        }
    }

    private static String get(HttpClient http, WebServer server, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
