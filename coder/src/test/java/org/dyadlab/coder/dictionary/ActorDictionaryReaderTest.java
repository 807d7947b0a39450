package org.dyadlab.coder.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryReaderTest {
    @TempDir
    Path dir;

    private ActorDictionary read(ActorDictionaryReader r, String... lines) throws Exception {
        Path f = dir.resolve("actors.txt");
        Files.write(f, List.of(lines));
        return r.read(f);
    }

    private static String codeOf(ActorDictionary d, String phrase, LocalDate date) {
        List<String> words = List.of(phrase.split(" "));
        PhraseIndex.Match<ActorCodes> m = d.matchAt(words, 0);
        return m == null ? null : m.entry().value().codeOn(date);
    }

    @Test
    void dateRestrictionsInEveryFormTheDictionariesUse() throws Exception {
        ActorDictionaryReader r = new ActorDictionaryReader();
        ActorDictionary d = read(r, "SAM_GAMGEE [HOB]", "\t[HOBCIV <20080120]", "\t[ORCHOB 20100109-20100112]",
                "\t[HOBMIL 20080120-20121109]", "    [HOBELI > 130119]", "GOLLUM", "+SMEAGOL", "\t[HOB < 950601]",
                "\t[HOBGOV 19950601 - 19990815]");
        assertThat(r.problems()).isEmpty();
        assertThat(codeOf(d, "SAM GAMGEE", LocalDate.of(1995, 1, 4))).isEqualTo("HOBCIV");
        assertThat(codeOf(d, "SAM GAMGEE", LocalDate.of(2010, 1, 9))).as("the first restriction that applies wins")
                .isEqualTo("ORCHOB");
        assertThat(codeOf(d, "SAM GAMGEE", LocalDate.of(2010, 1, 13))).isEqualTo("HOBMIL");
        assertThat(codeOf(d, "SAM GAMGEE", LocalDate.of(2013, 1, 19))).isEqualTo("HOBELI");
        assertThat(codeOf(d, "SAM GAMGEE", LocalDate.of(2012, 12, 1))).as("no restriction: the default")
                .isEqualTo("HOB");
        assertThat(codeOf(d, "SMEAGOL", LocalDate.of(1995, 6, 1))).as("a synonym shares the codes; bounds inclusive")
                .isEqualTo("HOB");
        assertThat(codeOf(d, "SMEAGOL", LocalDate.of(1999, 8, 15))).isEqualTo("HOBGOV");
        assertThat(codeOf(d, "GOLLUM", LocalDate.of(2005, 1, 1))).as("no default and no restriction applies")
                .isNull();
    }

    @Test
    void longerPhrasesWinAndBlankConnectorsAllowWordsBetween() throws Exception {
        ActorDictionary d = read(new ActorDictionaryReader(), "ITHILEN [ITH]", "ITHILEN TELEVISION [ITHTV]",
                "NEW_ZEALAND [NZE]", "ZEALAND [DNK]");
        assertThat(codeOf(d, "ITHILEN STATE-RUN TELEVISION", LocalDate.of(2000, 1, 1))).isEqualTo("ITHTV");
        assertThat(codeOf(d, "ITHILEN STATE-RUN RADIO", LocalDate.of(2000, 1, 1))).isEqualTo("ITH");
        assertThat(codeOf(d, "NEW ZEALAND", LocalDate.of(2000, 1, 1))).isEqualTo("NZE");
        assertThat(codeOf(d, "NEW ZEALAND", LocalDate.of(2000, 1, 1))).isEqualTo("NZE");
        assertThat(d.entries()).isEqualTo(4);
    }

    @Test
    void badCodesAreReportedWithTheirLine() throws Exception {
        ActorDictionaryReader r = new ActorDictionaryReader();
        read(r, "+ORPHAN", "KHAN [PAKELI]", "\t[PAKGOV 20121207-20120802]", "\t[PAKGOV >201005011]",
                "\t[PAKGOV 20100931-20111231]", "\tno brackets here");
        assertThat(r.problems()).extracting(DictionaryProblem::line).containsExactly(1, 3, 4, 5, 6);
        assertThat(r.problems().get(1).reason()).contains("[PAKGOV 20121207-20120802]");
    }

    @Test
    void datesInSixAndEightDigits() {
        assertThat(DictionaryDates.parse("950601")).isEqualTo(LocalDate.of(1995, 6, 1));
        assertThat(DictionaryDates.parse("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(DictionaryDates.parse("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
        assertThat(DictionaryDates.parse("20130511")).isEqualTo(LocalDate.of(2013, 5, 11));
        assertThat(DictionaryDates.parse("20120230")).isNull();
        assertThat(DictionaryDates.parse("2013051")).isNull();
    }
}
