package org.dyadlab.events.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.events.Collected;
import org.dyadlab.events.Reject;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad GDELT record is skipped and reported with line, column and reason; the rest is read. */
class GdeltRejectsTest {
    @TempDir
    Path dir;

    private List<String> good;

    @BeforeEach
    void goodRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticGdelt(10, 3, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 31), "PAK", "USA", 2).write(out);
        good = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        assertThat(good).hasSize(10).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    }

    private static String setField(String line, int index, String value) {
        String[] f = line.split("\t", -1);
        f[index] = value;
        return String.join("\t", f);
    }

    private Collected readGdelt2(List<String> lines) throws Exception {
        Path file = dir.resolve("bad.export.CSV");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return Collected.read(new GdeltReader(GdeltReadOptions.builder(2).build(), CameoOntology.standard()), file);
    }

    private static Reject only(Collected c) {
        assertThat(c.rejects).hasSize(1);
        return c.rejects.get(0);
    }

    @Test
    void wrongColumnCountIsRejectedAndTheOtherRowsAreKept() throws Exception {
        good.set(3, good.get(3).substring(0, good.get(3).lastIndexOf('\t')));
        Collected c = readGdelt2(good);
        Reject r = only(c);
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.field()).isEqualTo(Reject.WHOLE_RECORD);
        assertThat(r.reason()).contains("60 columns").contains("expected 61");
        assertThat(r.file()).endsWith("bad.export.CSV");
        assertThat(c.events).hasSize(9);
        assertThat(c.read).isEqualTo(10);
    }

    @Test
    void impossibleDateIsRejectedNamingSqldate() throws Exception {
        good.set(1, setField(good.get(1), 1, "20180231"));
        Reject r = only(readGdelt2(good));
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.field()).isEqualTo("SQLDATE");
        assertThat(r.reason()).contains("'20180231'");
    }

    @Test
    void icewsStyleCodeOutsideCameoIsRejectedNotGuessed() throws Exception {
        good.set(0, setField(good.get(0), 26, "13y"));
        Reject r = only(readGdelt2(good));
        assertThat(r.field()).isEqualTo("EventCode");
        assertThat(r.reason()).isEqualTo("unknown CAMEO event code '13y'");
    }

    @Test
    void invalidUtf8IsRejectedWithItsPosition() throws Exception {
        Path file = dir.resolve("latin1.csv");
        byte[] line = (setField(good.get(0), 6, "S\u00e3O PAULO") + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] ok = (good.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(ok);
        bytes.write(line);
        Files.write(file, bytes.toByteArray());
        Collected c = Collected.read(new GdeltReader(GdeltReadOptions.builder(2).build(), CameoOntology.standard()), file);
        Reject r = only(c);
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.reason()).startsWith("invalid UTF-8 at byte ");
        assertThat(c.events).hasSize(1);
    }

    @Test
    void rootOrQuadClassContradictingTheCodeIsRejected() throws Exception {
        String code = good.get(0).split("\t", -1)[26];
        String wrongRoot = code.startsWith("01") ? "02" : "01";
        good.set(0, setField(good.get(0), 28, wrongRoot));
        Reject r = only(readGdelt2(good));
        assertThat(r.field()).isEqualTo("EventRootCode");
    }

    @Test
    void nonNumericGoldsteinAndMentionsAreRejected() throws Exception {
        good.set(2, setField(good.get(2), 30, "high"));
        good.set(5, setField(good.get(5), 31, "5.5"));
        Collected c = readGdelt2(good);
        assertThat(c.rejects).extracting(Reject::field).containsExactly("GoldsteinScale", "NumMentions");
        assertThat(c.rejects).extracting(Reject::line).containsExactly(3L, 6L);
    }

    @Test
    void malformedActorCountryCodeIsRejected() throws Exception {
        good.set(0, setField(good.get(0), 7, "Pakistan"));
        assertThat(only(readGdelt2(good)).field()).isEqualTo("Actor1CountryCode");
    }

    @Test
    void gdelt1FileWithGdelt2RowsIsRejectedRowByRow() throws Exception {
        Path file = dir.resolve("v2.csv");
        Files.write(file, good, StandardCharsets.UTF_8);
        Collected c = Collected.read(new GdeltReader(GdeltReadOptions.builder(1).build(), CameoOntology.standard()), file);
        assertThat(c.events).isEmpty();
        assertThat(c.rejects).hasSize(10).allSatisfy(r -> assertThat(r.reason()).contains("expected 57 or 58"));
    }

    @Test
    void blankLinesAreNotRecordsAndLineNumbersStayTrue() throws Exception {
        List<String> lines = new ArrayList<>(good);
        lines.add(2, "");
        lines.set(5, setField(lines.get(5), 1, "2018"));
        Collected c = readGdelt2(lines);
        assertThat(c.read).isEqualTo(10);
        assertThat(only(c).line()).isEqualTo(6);
    }
}
