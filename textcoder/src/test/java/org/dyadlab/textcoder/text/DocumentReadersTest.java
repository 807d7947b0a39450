package org.dyadlab.textcoder.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.textcoder.TextProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {
    @TempDir
    Path dir;

    @Test
    void jsonLinesReportBadLinesWithTheirNumberAndReadTheRest() throws Exception {
        Path f = dir.resolve("docs.jsonl");
        byte[] latin1 = "{\"id\":\"x\",\"date\":\"2018-01-02\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        try (var out = Files.newOutputStream(f)) {
            out.write("{\"id\":\"a\",\"date\":\"2018-01-02\",\"text\":\"Pakistan protested.\",\"url\":\"u\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.write(latin1);
            out.write("\n{not json\n\n{\"id\":\"b\",\"text\":\"no date\"}\r\n".getBytes(StandardCharsets.UTF_8));
        }
        List<DocumentInput> in = new ArrayList<>();
        DocumentReaders.jsonLines(f, in::add);
        assertThat(in).hasSize(4);
        assertThat(in.get(0).document().id()).isEqualTo("a");
        assertThat(in.get(0).document().url()).isEqualTo("u");
        assertThat(in.get(1).problem().kind()).isEqualTo(TextProblem.Kind.NOT_UTF8);
        assertThat(in.get(1).where()).endsWith(":2");
        assertThat(in.get(2).problem().kind()).isEqualTo(TextProblem.Kind.UNREADABLE);
        assertThat(in.get(3).problem().detail()).contains("id and a date");
    }

    @Test
    void aPlainTextFileThatIsNotUtf8IsReportedNotRead() throws Exception {
        Path f = dir.resolve("story.txt");
        Files.write(f, new byte[] {'P', 'a', 'k', (byte) 0xff, '.'});
        List<DocumentInput> in = new ArrayList<>();
        DocumentReaders.text(f, LocalDate.of(2018, 1, 2), null, in::add);
        assertThat(in).singleElement().satisfies(d -> {
            assertThat(d.problem().kind()).isEqualTo(TextProblem.Kind.NOT_UTF8);
            assertThat(d.problem().detail()).contains("byte 3");
        });
    }

    @Test
    void cleaningJoinsBrokenLinesAndKeepsParagraphs() {
        assertThat(TextCleaner.clean("a country that will\n \nseek peace.\nNext paragraph &amp; more"))
                .isEqualTo("a country that will seek peace.\nNext paragraph & more");
    }
}
