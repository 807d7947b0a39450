package org.dyadlab.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dyadlab.model.corpus.SourceKind;
import org.junit.jupiter.api.Test;

class BibliographyAndDatesTest {
    @Test
    void cslJsonItemsAsZoteroWritesThem() throws Exception {
        Bibliography b = BibliographyReader.readCslJson("""
                [{"id": "ahmed2020", "type": "report", "title": "Grey List Politics",
                  "author": [{"family": "Ahmed", "given": "S."}, {"literal": "Policy Institute"}],
                  "issued": {"date-parts": [[2020, 6]]}, "publisher": "Institute Press",
                  "URL": "https://example.org/r", "DOI": "10.5555/r"}]
                """);
        BibEntry e = b.forFile(Path.of("/docs/ahmed2020.pdf")).orElseThrow();
        assertThat(e.metadata().title()).isEqualTo("Grey List Politics");
        assertThat(e.metadata().authors()).containsExactly("Ahmed, S.", "Policy Institute");
        assertThat(e.metadata().date()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(e.metadata().publisher()).isEqualTo("Institute Press");
        assertThat(e.metadata().doi()).isEqualTo("10.5555/r");
        assertThat(e.suggestedKind()).contains(SourceKind.POLICY_DOCUMENT);
    }

    @Test
    void bibtexFileFieldsNestedBracesAndComments() throws Exception {
        Bibliography b = BibliographyReader.readBibtex("""
                @comment{ignored, x = {y}}
                @techreport{crs2019,
                  title = "Pakistan: {U.S.} Relations",
                  institution = {Congressional Research Service},
                  date = {2019-08-01},
                  file = {Full text:reports/crs-pakistan.pdf:PDF}
                }
                """);
        BibEntry e = b.forFile(Path.of("reports/crs-pakistan.pdf")).orElseThrow();
        assertThat(e.key()).isEqualTo("crs2019");
        assertThat(e.metadata().title()).isEqualTo("Pakistan: U.S. Relations");
        assertThat(e.metadata().publisher()).isEqualTo("Congressional Research Service");
        assertThat(e.metadata().date()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(b.forFile(Path.of("other.pdf"))).isEmpty();
    }

    @Test
    void datesInTheFormsSourcesWriteThem() {
        assertThat(DateText.parse("2018")).contains(LocalDate.of(2018, 1, 1));
        assertThat(DateText.parse("2018-09")).contains(LocalDate.of(2018, 9, 1));
        assertThat(DateText.parse("2018-09-29T23:30:00-05:00")).contains(LocalDate.of(2018, 9, 30));
        assertThat(DateText.parse("Mon Jan 01 12:12:00 +0000 2018")).contains(LocalDate.of(2018, 1, 1));
        assertThat(DateText.parse("last Tuesday")).isEmpty();
        assertThat(DateText.parse(null)).isEmpty();
    }
}
