package org.dyadlab.events.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadlab.events.Collected;
import org.dyadlab.events.EventFileException;
import org.dyadlab.events.Reject;
import org.dyadlab.events.Zipped;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ICEWS Dataverse reader on a hand-made fixture in ICEWS's layout (src/test/resources/fixtures/icews-sample.tab;
 * invented records, not ICEWS data).
 */
class IcewsReaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/icews-sample.tab");

    @TempDir
    Path dir;

    private Collected read(Path file) throws Exception {
        return Collected.read(new IcewsReader(IcewsReadOptions.builder().build(), CameoOntology.standard()), file);
    }

    @Test
    void readsEveryWellFormedRecordAndRejectsTheRest() throws Exception {
        Collected c = read(FIXTURE);
        assertThat(c.read).isEqualTo(9);
        assertThat(c.events).hasSize(6);
        assertThat(c.rejects).extracting(Reject::line, Reject::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "Event Date"),
                        org.assertj.core.groups.Tuple.tuple(7L, "CAMEO Code"),
                        org.assertj.core.groups.Tuple.tuple(10L, "(record)"));
        assertThat(c.rejects.get(1).reason()).isEqualTo("unknown CAMEO event code '13y'");
        assertThat(c.rejects.get(2).reason()).contains("11 columns, expected 20");
    }

    @Test
    void fixtureMatchesGolden() throws Exception {
        org.dyadlab.testkit.GoldenFile.assertMatches("icews-sample.tsv", read(FIXTURE).goldenLines());
    }

    @Test
    void countriesAndSectorsBecomeCameoActors() throws Exception {
        Collected c = read(FIXTURE);
        Event cut = c.byId("icews:90000001@2018-01-04");
        assertThat(cut.source().country()).isEqualTo("USA");
        assertThat(cut.source().code()).isEqualTo("USAGOV");
        assertThat(cut.target().code()).isEqualTo("PAK");
        assertThat(cut.code().code()).isEqualTo("1623");
        assertThat(cut.originGoldstein()).isEqualTo(-5.6);
        assertThat(cut.goldstein()).isEqualTo(CameoOntology.standard().requireEventCode("1623").goldstein());
        assertThat(cut.documentRef()).isEqualTo("icews-story:7000001#1");
        assertThat(cut.origin()).isEqualTo("icews");
        assertThat(cut.originId()).isEqualTo("90000001");
    }

    @Test
    void anUnknownCountryNameKeepsTheActorTextAndGetsNoCountry() throws Exception {
        Event fatf = read(FIXTURE).byId("icews:90000007@2018-06-28");
        assertThat(fatf.source().name()).isEqualTo("Financial Action Task Force");
        assertThat(fatf.source().country()).isNull();
        assertThat(fatf.target().country()).isEqualTo("PAK");
    }

    @Test
    void theSameEventIdOnAnotherDateIsAnotherEvent() throws Exception {
        Collected c = read(FIXTURE);
        assertThat(c.events).extracting(Event::id)
                .contains("icews:90000003@2018-09-05", "icews:90000003@2018-09-06");
    }

    @Test
    void readsTheFileInsideAZipAsDataverseDistributesIt() throws Exception {
        Path zip = Zipped.write(dir.resolve("events.2018.zip"), "events.2018.20190409.tab", FIXTURE);
        Collected c = read(zip);
        assertThat(c.events).extracting(Event::id).isEqualTo(read(FIXTURE).events.stream().map(Event::id).toList());
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrder() throws Exception {
        List<String> lines = Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
        Path swapped = dir.resolve("swapped.tab");
        Files.write(swapped, lines.stream().map(l -> {
            String[] f = l.split("\t", -1);
            if (f.length < 7) {
                return l;
            }
            String t = f[0];
            f[0] = f[6];
            f[6] = t;
            return String.join("\t", f);
        }).toList(), StandardCharsets.UTF_8);
        assertThat(read(swapped).events).extracting(Event::id)
                .isEqualTo(read(FIXTURE).events.stream().map(Event::id).toList());
    }

    @Test
    void aFileWithoutTheIcewsHeaderIsRefusedAsAWhole() throws Exception {
        Path f = dir.resolve("noheader.tab");
        Files.write(f, List.of("1\t2018-01-01\tPakistan"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(f)).isInstanceOf(EventFileException.class)
                .hasMessageContaining("noheader.tab").hasMessageContaining("'Event ID'");
    }
}
