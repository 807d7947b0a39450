package org.dyadlab.events.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dyadlab.events.Collected;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.testkit.GoldenFile;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;

/** The GDELT readers on the real GDELT 1.0 and 2.0 samples, against reviewed golden files. */
@SharedDataTest
class GdeltReaderGoldenTest {
    private final CameoOntology ontology = CameoOntology.standard();

    private Collected read(int version, String sample) throws Exception {
        Path file = SharedData.resolve("gdelt-spark-gdelt/samples/" + sample);
        return Collected.read(new GdeltReader(GdeltReadOptions.builder(version).build(), ontology), file);
    }

    @Test
    void gdelt2ExportSampleMatchesGolden() throws Exception {
        Collected c = read(2, "events.csv");
        assertThat(c.read).isEqualTo(100);
        assertThat(c.rejects).isEmpty();
        GoldenFile.assertMatches("gdelt2-events.tsv", c.goldenLines());
    }

    @Test
    void gdelt2TranslatedSampleMatchesGolden() throws Exception {
        Collected c = read(2, "eventsT.csv");
        assertThat(c.rejects).isEmpty();
        GoldenFile.assertMatches("gdelt2-eventsT.tsv", c.goldenLines());
    }

    @Test
    void gdelt1MixedHistoricalAndDailySampleMatchesGolden() throws Exception {
        Collected c = read(1, "events1.csv");
        assertThat(c.read).isEqualTo(100);
        assertThat(c.rejects).isEmpty();
        assertThat(c.events.subList(0, 40)).allSatisfy(e -> assertThat(e.sourceUrl()).isNull());
        GoldenFile.assertMatches("gdelt1-events1.tsv", c.goldenLines());
    }

    @Test
    void firstRowOfTheGdelt2SampleIsReadColumnByColumn() throws Exception {
        // 410412347 20140218 ... Actor2: GOV/PRESIDENT, type GOV; EventCode 043, QuadClass 1, Goldstein 2.8,
        // NumMentions 5, source dailymaverick.co.za (checked by eye against the sample file)
        Event e = read(2, "events.csv").events.get(0);
        assertThat(e.id()).isEqualTo("gdelt:410412347");
        assertThat(e.originId()).isEqualTo("410412347");
        assertThat(e.date()).hasToString("2014-02-18");
        assertThat(e.source().code()).isNull();
        assertThat(e.target().code()).isEqualTo("GOV");
        assertThat(e.target().name()).isEqualTo("PRESIDENT");
        assertThat(e.target().agents()).containsExactly("GOV");
        assertThat(e.code().code()).isEqualTo("043");
        assertThat(e.originGoldstein()).isEqualTo(2.8);
        assertThat(e.goldstein()).isEqualTo(2.8);
        assertThat(e.mentions()).isEqualTo(5);
        assertThat(e.sourceUrl()).startsWith("http://www.dailymaverick.co.za/");
        assertThat(e.origin()).isEqualTo("gdelt2");
    }

    @Test
    void gdeltNamesANonWebSourceInTheUrlColumnAndItBecomesADocumentReference() throws Exception {
        Collected c = read(1, "events1.csv");
        assertThat(c.events).filteredOn(e -> "BBC Monitoring".equals(e.documentRef()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceUrl()).isNull());
    }

    @Test
    void actorCodesWithStraySpacesAreTrimmed() throws Exception {
        // line 51 of events1.csv writes Actor2Code as " INDGOV"
        Collected c = read(1, "events1.csv");
        assertThat(c.events.get(50).target().code()).isEqualTo("INDGOV");
        assertThat(c.events).extracting(e -> e.target().code()).filteredOn(java.util.Objects::nonNull).isNotEmpty()
                .noneMatch(code -> code.startsWith(" ") || code.endsWith(" "));
    }
}
