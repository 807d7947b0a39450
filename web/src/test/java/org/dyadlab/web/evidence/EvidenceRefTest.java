package org.dyadlab.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of an event's document reference the dashboard follows, and those it shows as they are. */
class EvidenceRefTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "case:pak-usa#2018-01-04-security-aid-suspended | CaseEntry[caseName=pak-usa, entryId=2018-01-04-security-aid-suspended]",
        "doc:PAK_73_2018#s12 | DocumentPart[documentId=PAK_73_2018, version=0, sentence=12, start=-1, end=-1]",
        "doc:PAK_73_2018@v2#120:340 | DocumentPart[documentId=PAK_73_2018, version=2, sentence=-1, start=120, end=340]",
        "doc:PAK_73_2018#120:340 | DocumentPart[documentId=PAK_73_2018, version=0, sentence=-1, start=120, end=340]",
        "doc:PAK_73_2018#120-340 | DocumentPart[documentId=PAK_73_2018, version=0, sentence=-1, start=120, end=340]",
        "doc:PAK_73_2018 | DocumentPart[documentId=PAK_73_2018, version=0, sentence=-1, start=-1, end=-1]",
        "doc:PAK_73_2018#340:120 | Other[text=doc:PAK_73_2018#340:120]",
        "doc:PAK_73_2018@v0#1:2 | Other[text=doc:PAK_73_2018@v0#1:2]",
        "doc:PAK_73_2018@2#1:2 | Other[text=doc:PAK_73_2018@2#1:2]",
        "doc:../../etc/passwd#s1 | Other[text=doc:../../etc/passwd#s1]",
        "20180104-story-77 | Other[text=20180104-story-77]",
    })
    void aReferenceIsReadAsWhatItPointsAt(String ref, String expected) {
        assertThat(EvidenceRef.parse(ref)).hasValueSatisfying(r -> assertThat(r.toString()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void noReferenceIsNoEvidence(String ref) {
        assertThat(EvidenceRef.parse(ref)).isEmpty();
        assertThat(EvidenceRef.parse(null)).isEmpty();
    }
}
