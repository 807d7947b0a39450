package org.dyadlab.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Office titles and names of agreements as a manuscript writes them. */
class FindersTest {
    @Test
    void officeTitlesStopBeforeTheHoldersName() {
        assertThat(OfficeFinder.find("Secretary of State Mike Pompeo met Prime Minister Imran Khan and the Chief of "
                + "Army Staff General Asim Munir.")).extracting(Mention::text)
                .containsExactly("Secretary of State", "Prime Minister", "Chief of Army Staff");
        assertThat(OfficeFinder.find("Alice Wells, Acting Assistant Secretary of State for South and Central Asian "
                + "Affairs, spoke.")).extracting(Mention::text)
                .containsExactly("Acting Assistant Secretary of State for South and Central Asian Affairs");
        assertThat(OfficeFinder.find("the Director-General of Military Operations called")).extracting(Mention::text)
                .containsExactly("Director-General of Military Operations");
    }

    @Test
    void aTitleWordAloneIsNotAnOffice() {
        assertThat(OfficeFinder.find("The Secretary said the President and General Munir agreed.")).isEmpty();
    }

    @Test
    void officeTitlesAreNormalisedForComparison() {
        assertThat(OfficeFinder.normalise("the acting U.S. Defence Secretary")).isEqualTo("defense secretary");
        assertThat(OfficeFinder.normalise("Pakistan's National Security Adviser")).isEqualTo("national security advisor");
    }

    @Test
    void namesOfAgreementsAreFoundWithTheirAcronymAndWithoutLeadingWords() {
        assertThat(NameFinder.find("After the Logistics Exchange Memorandum of Agreement (LEMOA) was signed, the "
                + "Kerry–Lugar–Berman Act mattered less.")).extracting(m -> m.value().name(), m -> m.value().acronym())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Logistics Exchange Memorandum of Agreement",
                        "LEMOA"), org.assertj.core.groups.Tuple.tuple("Kerry–Lugar–Berman Act", null));
        assertThat(NameFinder.find("Imran Khan met Donald Trump at Davos.")).isEmpty();
    }
}
