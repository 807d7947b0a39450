package org.dyadlab.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyadlab.casestudy.CaseStudyRun;
import org.dyadlab.corpus.coding.RuleCoder;
import org.dyadlab.corpus.coding.RuleCoding;
import org.dyadlab.corpus.ingest.DocumentIngester;
import org.dyadlab.corpus.ingest.IngestOptions;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadSource;
import org.dyadlab.store.Workspace;

/**
 * A workspace for the dashboard's tests, built once per test class and copied for each test: the Pakistan–US case
 * (chronology, indicators, FATF series) loaded without the shared data, two documents (a speech and a hostile one:
 * script tags, event-handler attributes, javascript: URLs, a 2 MB line), the speech rule-coded, and three events
 * coded from its sentences.
 */
final class TestWorkspace {
    static final CameoOntology CAMEO = CameoOntology.standard();
    static final String SPEECH = "speech-2018";
    static final String HOSTILE = "hostile";
    static final String SPEECH_TEXT = """
            Pakistan has suffered more than any other country from terrorism.
            The United States suspended security assistance to Pakistan in January.
            We call for an end to safe havens on both sides of the border and for a political settlement in Afghanistan.
            Pakistan and the United States agreed to resume the strategic dialogue.
            """;
    /** Markup and script in a document's text: it must be shown as text, never run. */
    static final String HOSTILE_HEAD = "<script>document.title='pwned';window.pwned=1</script>\n"
            + "<img src=x onerror=\"window.pwned=2\">\n"
            + "<a href=\"javascript:window.pwned=3\">click me</a>\n"
            + "</article></main><script>window.pwned=4</script><!--\n"
            + "Line with\r\ncarriage return and \u0007 a bell, and \uD83D\uDE00 an emoji.\n";

    private TestWorkspace() {
    }

    /** The case folder of the repository (cases/pak-usa), found from the working directory up. */
    static Path caseFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("cases/pak-usa/case.yaml");
            if (Files.isRegularFile(c)) {
                return c.getParent();
            }
        }
        throw new IllegalStateException("cases/pak-usa not found above " + Path.of("").toAbsolutePath());
    }

    static void build(Path dir) throws IOException {
        Workspace ws = new Workspace(dir);
        new CaseStudyRun(CAMEO, line -> { }).run(caseFolder(), ws, null, List.of(), LocalDate.of(2026, 1, 1));
        Path docs = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-docs"));
        Files.writeString(docs.resolve(SPEECH + ".txt"), SPEECH_TEXT, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve(HOSTILE + ".txt"), HOSTILE_HEAD + "x".repeat(2 * 1024 * 1024) + "\nThe end.\n",
                StandardCharsets.UTF_8);
        try (EventStore store = EventStore.open(ws, CAMEO);
             CorpusIndex index = CorpusIndex.open(dir.resolve("index"))) {
            new DocumentIngester(store.corpus(), Clock.systemUTC()).ingest(List.of(docs.resolve(SPEECH + ".txt")),
                    IngestOptions.builder().kind(SourceKind.SPEECH).side(new Side("PAK")).build(), o -> { });
            new DocumentIngester(store.corpus(), Clock.systemUTC()).ingest(List.of(docs.resolve(HOSTILE + ".txt")),
                    IngestOptions.builder().kind(SourceKind.NEWS).build(), o -> { });
            new RuleCoding(store.corpus(), store.coding(), Clock.systemUTC())
                    .run(new RuleCoder(CodebookYaml.pakUsa()), Set.of(SPEECH));
            try (EventLoad load = store.beginLoad(new LoadSource("coded.xml", "coder", -1, null))) {
                load.add(coded("coder:t1", "2018-01-04", "1", "1622"), 1);
                load.add(coded("coder:t2", "2018-01-20", "3", "036"), 2);
                load.add(coded("coder:t3", "2018-01-25", "1", "160"), 3);
                load.commit(3, 0, null);
            }
            index.rebuild(store.corpus(), store.coding());
        }
    }

    private static Event coded(String id, String date, String sentence, String code) {
        EventActor usa = new EventActor("The United States", "USA", "USA", List.of());
        EventActor pak = new EventActor("Pakistan", "PAK", "PAK", List.of());
        return new Event(id, LocalDate.parse(date), DatePrecision.DAY, usa, pak, CAMEO.requireEventCode(code), "coder",
                null, null, "javascript:alert(1)", "doc:" + SPEECH + "#s" + sentence, null, null);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
