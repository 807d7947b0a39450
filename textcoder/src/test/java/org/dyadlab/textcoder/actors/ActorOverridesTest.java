package org.dyadlab.textcoder.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.coder.dictionary.ActorCodes;
import org.dyadlab.coder.dictionary.ActorDictionary;
import org.dyadlab.coder.dictionary.PhraseIndex;
import org.dyadlab.coder.dictionary.PhrasePattern;
import org.dyadlab.coder.dictionary.DatedCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorOverridesTest {
    @TempDir
    Path dir;

    private static String code(ActorDictionary d, String phrase, LocalDate date) {
        PhraseIndex.Match<ActorCodes> m = d.matchAt(phrase.toUpperCase().split(" "), 0);
        return m == null ? null : m.entry().value().codeOn(date);
    }

    @Test
    void yamlEntriesRespectTermDatesAndWinOverTheBigDictionary() throws Exception {
        Path f = dir.resolve("actors.yaml");
        Files.writeString(f, """
                actors:
                  - name: Imran Khan
                    aliases: [Prime Minister Khan]
                    codes:
                      - {code: PAKGOV, from: 2018-08-18, to: 2022-04-10}
                      - {code: PAKELI}
                  - name: Nobody
                  - name: Bad Code
                    codes: [{code: "pak gov!"}]
                """);
        ActorOverrides o = ActorOverrides.read(f);
        assertThat(o.problems()).hasSize(2);
        PhraseIndex.Builder<ActorCodes> big = new PhraseIndex.Builder<>();
        big.add(PhrasePattern.parse("IMRAN_KHAN"), new ActorCodes("IMRAN_KHAN",
                List.of(new DatedCode("PAKELI", null, null))), 1);
        ActorDictionary merged = ActorDictionary.merge(List.of(o.dictionary(), new ActorDictionary(big.build(), 1)));
        assertThat(code(merged, "Imran Khan", LocalDate.of(2019, 1, 1))).isEqualTo("PAKGOV");
        assertThat(code(merged, "Imran Khan", LocalDate.of(2023, 1, 1))).isEqualTo("PAKELI");
        assertThat(code(merged, "Prime Minister Khan", LocalDate.of(2020, 5, 1))).isEqualTo("PAKGOV");
    }

    @Test
    void aPetrarchFormatFileIsReadAsWell() throws Exception {
        Path f = dir.resolve("actors.txt");
        Files.writeString(f, "SHEHBAZ_SHARIF_\n\t[PAKGOV 20220411-20230814]\n\t[PAKELI]\n");
        ActorOverrides o = ActorOverrides.read(f);
        assertThat(o.problems()).isEmpty();
        assertThat(code(o.dictionary(), "Shehbaz Sharif", LocalDate.of(2022, 6, 1))).isEqualTo("PAKGOV");
    }

    @Test
    void theShippedPakUsaFileReadsWithoutProblems() {
        Path shipped = Path.of("..", "cases", "pak-usa", "actors.yaml");
        ActorOverrides o = ActorOverrides.read(shipped);
        assertThat(o.problems()).isEmpty();
        assertThat(o.dictionary().entries()).isGreaterThan(15);
        assertThat(code(o.dictionary(), "Donald Trump", LocalDate.of(2018, 1, 1))).isEqualTo("USAGOV");
        assertThat(code(o.dictionary(), "Donald Trump", LocalDate.of(2022, 1, 1))).isEqualTo("USAELI");
    }
}
