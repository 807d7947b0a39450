package org.dyadlab.events.icews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.events.Collected;
import org.dyadlab.events.Reject;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.testkit.GoldenFile;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ICEWS18 benchmark reader on the real validation and test splits (Aug-Oct 2018). */
class Icews18ReaderTest {
    @TempDir
    Path dir;

    private Collected read(Path file) throws Exception {
        return Collected.read(new Icews18Reader(Icews18ReadOptions.builder().build(), CameoOntology.standard()), file);
    }

    private static boolean pakUsa(Event e) {
        String s = e.source().country();
        String t = e.target().country();
        return ("PAK".equals(s) && "USA".equals(t)) || ("USA".equals(s) && "PAK".equals(t));
    }

    @SharedDataTest
    @Test
    void validationSplitReadsWholeWithEveryRelationMapped() throws Exception {
        Collected c = read(SharedData.resolve("icews18-renet/valid.txt"));
        assertThat(c.read).isEqualTo(45_995);
        assertThat(c.rejects).isEmpty();
        assertThat(c.events).extracting(Event::date).allSatisfy(d ->
                assertThat(d).isBetween(LocalDate.of(2018, 8, 29), LocalDate.of(2018, 9, 27)));
        assertThat(c.events).extracting(Event::id).doesNotHaveDuplicates();
    }

    @SharedDataTest
    @Test
    void pakistanUnitedStatesEventsMatchGolden() throws Exception {
        List<String> golden = new ArrayList<>();
        for (String split : List.of("valid.txt", "test.txt")) {
            Collected c = read(SharedData.resolve("icews18-renet/" + split));
            Collected dyad = new Collected();
            for (int i = 0; i < c.events.size(); i++) {
                if (pakUsa(c.events.get(i))) {
                    dyad.event(c.events.get(i), c.lines.get(i));
                }
            }
            List<String> lines = dyad.goldenLines();
            golden.addAll(golden.isEmpty() ? lines : lines.subList(1, lines.size()));
        }
        // 179 directed PAK-USA quadruples resolve with the bundled country, sector and person tables
        assertThat(golden).hasSize(1 + 179);
        GoldenFile.assertMatches("icews18-pak-usa.tsv", golden);
    }

    @SharedDataTest
    @Test
    void theFirstPakistanUnitedStatesRecordOfTheSampleIsCodedAsTheProvenanceDescribes() throws Exception {
        // PROVENANCE.md: 2018-09-01 United States - Reduce or stop economic assistance - Pakistan
        Collected c = read(SharedData.resolve("icews18-renet/valid.txt"));
        assertThat(c.events).filteredOn(e -> e.date().equals(LocalDate.of(2018, 9, 1)) && pakUsa(e)
                        && e.source().country().equals("USA") && e.code().code().equals("1621"))
                .isNotEmpty();
    }

    @Test
    void badQuadruplesAreRejectedWithTheirField() throws Exception {
        Files.write(dir.resolve("entity2id.txt"), List.of("Pakistan\t0", "Government (United States)\t1",
                "Imran Khan\t2"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("relation2id.txt"), List.of("Make statement\t0", "Host a visit\t1"),
                StandardCharsets.UTF_8);
        Path quads = dir.resolve("quads.txt");
        Files.write(quads, List.of(
                "0 \t0\t1\t5760\t0",   // good, 2018-08-29
                "2\t1\t1\t5784",       // good without the trailing 0; Imran Khan in office from 2018-08-18
                "0\t9\t1\t5760\t0",    // unknown relation
                "7\t0\t1\t5760\t0",    // unknown entity
                "0\t0\t1\t5770\t0",    // not a whole day
                "0\t0\t1"), StandardCharsets.UTF_8);
        Collected c = read(quads);
        assertThat(c.events).hasSize(2);
        Event first = c.events.get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2018, 8, 29));
        assertThat(first.source().code()).isEqualTo("PAK");
        assertThat(first.target().code()).isEqualTo("USAGOV");
        assertThat(first.target().agents()).containsExactly("GOV");
        assertThat(first.code().code()).isEqualTo("010");
        Event second = c.events.get(1);
        assertThat(second.source().country()).isEqualTo("PAK");
        assertThat(second.source().code()).isEqualTo("PAKGOV");
        assertThat(c.rejects).extracting(Reject::field).containsExactly("relation", "subject", "time", "(record)");
    }
}
