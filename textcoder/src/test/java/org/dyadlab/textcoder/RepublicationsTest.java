package org.dyadlab.textcoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyadlab.textcoder.text.Normalized;
import org.junit.jupiter.api.Test;

class RepublicationsTest {
    private static final LocalDate DAY = LocalDate.of(2018, 1, 2);

    @Test
    void aStoryRepublishedWithinTheWindowIsFoundWhateverItsPunctuationAndCase() {
        Republications r = new Republications(7);
        String a = Normalized.hash("Pakistan summoned the US envoy on Tuesday.");
        String b = Normalized.hash("PAKISTAN summoned the U.S envoy   on Tuesday");
        r.remember("wire-1", a, DAY);
        assertThat(r.originalOf("paper-2", b, DAY.plusDays(3))).isEmpty();
        String c = Normalized.hash("Pakistan summoned the US envoy on Tuesday!");
        assertThat(r.originalOf("paper-2", c, DAY.plusDays(3))).contains("wire-1");
        assertThat(r.originalOf("paper-3", c, DAY.plusDays(8))).isEmpty();
        assertThat(r.originalOf("wire-1", a, DAY)).as("a document is not its own copy").isEmpty();
    }

    @Test
    void aSentenceIsCountedOnceAcrossDocumentsWithinTheWindow() {
        Republications r = new Republications(0);
        String s = Normalized.hash("Pakistan summoned the US envoy.");
        assertThat(r.sentenceSeen("a", s, DAY)).isFalse();
        assertThat(r.sentenceSeen("b", s, DAY)).isTrue();
        assertThat(r.sentenceSeen("c", s, DAY.plusDays(1))).as("outside a zero-day window").isFalse();
        assertThat(r.sentenceSeen("a", s, DAY)).as("the same document again").isFalse();
    }
}
