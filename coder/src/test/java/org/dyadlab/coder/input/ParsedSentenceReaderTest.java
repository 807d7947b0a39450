package org.dyadlab.coder.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.coder.ParsedSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedSentenceReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsSentencesAndSkipsTheUnusableWithTheirLine() throws Exception {
        Path f = dir.resolve("in.xml");
        Files.writeString(f, """
                <!-- a comment -->
                <Sentences>
                <Sentence date = "20150301" id ="STORY1_1" source = "AFP" sentence = "True">
                <Text>
                Pakistan accused
                India.
                </Text>
                <Parse>(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India))) (. .)))</Parse>
                </Sentence>
                <Sentence date="2015-03-01" id="STORY1_2"><Text>x</Text><Parse>(ROOT (S (NN x)))</Parse></Sentence>
                <Sentence date="20150301" id="STORY1_3"><Text>No parse here.</Text></Sentence>
                </Sentences>
                """);
        List<ParsedSentence> got = new ArrayList<>();
        ParsedSentenceReader.ReadSummary s = ParsedSentenceReader.read(f, got::add);
        assertThat(s.sentences()).isEqualTo(1);
        assertThat(got.get(0).id()).isEqualTo("STORY1_1");
        assertThat(got.get(0).storyId()).isEqualTo("STORY1");
        assertThat(got.get(0).date()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(got.get(0).text()).isEqualTo("Pakistan accused India.");
        assertThat(s.problems()).extracting(InputProblem::message).containsExactly(
                "line 10 (STORY1_2): date '2015-03-01' is not YYYYMMDD",
                "line 11 (STORY1_3): no <Parse>: the coder needs parsed sentences");
    }

    @Test
    void aFileThatIsNotXmlIsOneClearError() throws Exception {
        Path f = dir.resolve("bad.xml");
        Files.writeString(f, "<Sentences><Sentence></Sentences>");
        assertThatThrownBy(() -> ParsedSentenceReader.read(f, s -> { }))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("bad.xml is not well-formed XML");
    }
}
