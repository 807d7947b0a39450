package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.GoldenFile;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "official statements" stream of issue 5: the UN General Debate speeches of Pakistan, the USA, India, China
 * and Afghanistan 2013–2024 and the 2017–2018 Trump posts, coded with {@code dyadlab code text} into one
 * workspace (origin {@code statements}). The golden file holds counts and codes only, no third-party text.
 */
@SharedDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsCorpusTest {
    @TempDir
    static Path dir;

    private Path workspace;
    private final List<Cli> runs = new ArrayList<>();

    @BeforeAll
    void codeTheStatements() {
        workspace = dir.resolve("ws");
        String actors = Path.of("..", "cases", "pak-usa", "actors.yaml").toString();
        String dict = SharedData.resolve("petrarch2/dictionaries").toString();
        runs.add(Cli.run("code", "text", SharedData.resolve("un-general-debate-corpus").toString(),
                "--years", "2013-2024", "--dictionaries", dict, "--actors", actors, "--origin", "statements",
                "--store", "-w", workspace.toString(), "-q", "-o", dir.resolve("speeches.csv").toString()));
        runs.add(Cli.run("code", "text", SharedData.resolve("trump-tweets/condensed_2017.json").toString(),
                SharedData.resolve("trump-tweets/condensed_2018_partial.json").toString(), "--dictionaries", dict,
                "--actors", actors, "--origin", "statements", "--store", "-w", workspace.toString(), "-q",
                "-o", dir.resolve("posts.csv").toString()));
    }

    private List<Event> pakUsa() {
        List<Event> out = new ArrayList<>();
        try (EventStore s = EventStore.open(new Workspace(workspace), CameoOntology.standard())) {
            s.forEachEvent(EventQuery.of(new Dyad("PAK", "USA"), false), out::add);
        }
        return out;
    }

    @Test
    void bothRunsSucceed() {
        for (Cli r : runs) {
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(runs.get(0).err()).contains("read 56 documents");
    }

    @Test
    void thePostOfFirstJanuary2018AboutAidToPakistanIsAUsAccusationOfPakistan() {
        List<Event> post = pakUsa().stream()
                .filter(e -> e.documentRef().startsWith("doc:947802588174577664#")).toList();
        assertThat(post).anySatisfy(e -> {
            assertThat(e.source().country()).isEqualTo("USA");
            assertThat(e.target().country()).isEqualTo("PAK");
            assertThat(e.code().root()).isEqualTo("11");
            assertThat(e.date()).hasToString("2018-01-01");
        });
    }

    @Test
    void pakUsaEventsPerYearFromSpeechesAndPosts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Event e : pakUsa()) {
            String stream = e.documentRef().matches("doc:[A-Z]{3}_\\d+_\\d{4}#.*") ? "speech" : "post";
            String key = e.date().getYear() + " " + stream + " " + e.source().country() + "->"
                    + e.target().country() + " " + e.code().code();
            counts.merge(key, 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        lines.add("# year stream source->target CAMEO-code events  (dyadlab code text, origin statements)");
        counts.forEach((k, n) -> lines.add(k + " " + n));
        GoldenFile.assertMatches("pak-usa-statements-per-year.txt", lines);
    }

    @Test
    void codingTheSameFilesAgainCodesNothingTwice() {
        String dict = SharedData.resolve("petrarch2/dictionaries").toString();
        int before = pakUsa().size();
        Cli again = Cli.run("code", "text", SharedData.resolve("trump-tweets/condensed_2018_partial.json").toString(),
                "--dictionaries", dict, "--origin", "statements", "--store", "-w", workspace.toString(), "-q");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("already coded 649").contains("stored: 0 new events");
        assertThat(pakUsa()).hasSize(before);
    }
}
