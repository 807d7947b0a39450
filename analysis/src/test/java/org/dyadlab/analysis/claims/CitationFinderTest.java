package org.dyadlab.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dyadlab.model.claim.ManuscriptCitation;
import org.junit.jupiter.api.Test;

class CitationFinderTest {
    private final Manuscript manuscript = new Manuscript(List.of(), Map.of("2", "Reuters (2017). A story.",
            "3", "Dawn, 12 May 2019."), List.of("Kugelman, M. (2019). On CPEC.", "Reuters (2017). A story."));
    private final CitationFinder finder = new CitationFinder(manuscript, n -> n.equals("LEMOA"));

    @Test
    void parentheticalAuthorYearCitationsAreReadAndMaskedKeepingOffsets() {
        String s = "Aid was cut in January 2018 (Nauert 2018; see Markey, 2016, p. 4).";
        CitationFinder.Result r = finder.find(s);
        assertThat(r.citations()).extracting(ManuscriptCitation::author, ManuscriptCitation::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nauert", 2018),
                        org.assertj.core.groups.Tuple.tuple("Markey", 2016));
        assertThat(r.masked()).hasSameSizeAs(s).doesNotContain("2016").contains("January 2018");
    }

    @Test
    void narrativeCitationsNeedAReportingVerbOrAListedAuthor() {
        assertThat(finder.find("Kugelman (2019) argues that CPEC is costly.").citations())
                .extracting(ManuscriptCitation::author).containsExactly("Kugelman");
        assertThat(finder.find("Markey (2018) shows the opposite.").citations()).hasSize(1);
        assertThat(finder.find("India signed LEMOA (2016) at the Pentagon.").citations()).isEmpty();
    }

    @Test
    void numberedCitationsTakeTheirYearFromTheReferenceList() {
        CitationFinder.Result r = finder.find("The aid was withheld [2, 3] and again [5].");
        assertThat(r.citations()).extracting(ManuscriptCitation::number, ManuscriptCitation::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", 2017),
                        org.assertj.core.groups.Tuple.tuple("3", 2019), org.assertj.core.groups.Tuple.tuple("5", 0));
        assertThat(r.masked()).doesNotContain("[");
    }

    @Test
    void datesAndNamesInBracketsAreNotCitationsButOrganisationsAre() {
        assertThat(finder.find("It was signed (August 2016).").citations()).isEmpty();
        assertThat(finder.find("It was signed (LEMOA, 2016).").citations()).isEmpty();
        assertThat(finder.find("Pakistan left the list (FATF 2022).").citations())
                .extracting(ManuscriptCitation::author).containsExactly("FATF");
    }
}
