package org.dyadlab.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a case: its chronology becomes events, re-loading changes nothing, an edited row replaces its event. */
class CaseLoaderTest {
    @TempDir
    Path dir;

    private static List<Event> chronologyEvents(EventStore store) {
        List<Event> out = new ArrayList<>();
        store.forEachEvent(EventQuery.ALL, e -> {
            if (e.origin().equals(CaseLoader.CHRONOLOGY_ORIGIN)) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void theChronologyLoadsOnceAndAnEditedRowReplacesItsEvent() throws Exception {
        Path folder = CaseFixture.copy(dir);
        CaseDefinition c = CaseFolders.read(folder);
        CameoOntology o = CameoOntology.standard();
        try (EventStore store = EventStore.open(new Workspace(dir.resolve("ws")), o)) {
            CaseLoader loader = new CaseLoader(store, o, line -> { });
            CaseLoader.CaseLoad first = loader.loadCase(c);
            int n = chronologyEvents(store).size();
            assertThat(n).isEqualTo(first.chronologyEvents()).isGreaterThanOrEqualTo(60);
            loader.loadCase(c);
            assertThat(chronologyEvents(store)).hasSize(n);
            assertThat(store.indicators().catalogue()).isNotEmpty();

            Event suspension = chronologyEvents(store).stream()
                    .filter(e -> e.originId().equals("2018-01-04-security-assistance-suspended")).findFirst().orElseThrow();
            assertThat(suspension.source().country()).isEqualTo("USA");
            assertThat(suspension.target().country()).isEqualTo("PAK");
            assertThat(suspension.sourceUrl()).startsWith("http");
            assertThat(store.count(EventQuery.of(Dyad.parse("PAK-USA"), false))).isPositive();

            Path chronology = folder.resolve("chronology.csv");
            String text = Files.readString(chronology, StandardCharsets.UTF_8);
            Files.writeString(chronology, text.replace("2018-01-04-security-assistance-suspended,2018-01-04,",
                    "2018-01-04-security-assistance-suspended,2018-01-05,"), StandardCharsets.UTF_8);
            loader.loadCase(CaseFolders.read(folder));
            List<Event> after = chronologyEvents(store);
            assertThat(after).hasSize(n);
            assertThat(after).filteredOn(e -> e.originId().equals("2018-01-04-security-assistance-suspended"))
                    .singleElement().satisfies(e -> assertThat(e.date()).hasToString("2018-01-05"));
        }
    }
}
