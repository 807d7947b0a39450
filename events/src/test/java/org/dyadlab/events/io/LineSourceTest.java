package org.dyadlab.events.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSourceTest {
    @TempDir
    Path dir;

    private static List<String> lines(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (LineSource src = LineSource.open(file)) {
            while (src.next()) {
                out.add(src.lineNumber() + ":" + src.lineForDisplay());
            }
        }
        return out;
    }

    @Test
    void crlfAndAMissingFinalNewlineAreHandled() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.write(f, "one\r\ntwo\n\nfour".getBytes(StandardCharsets.UTF_8));
        assertThat(lines(f)).containsExactly("1:one", "2:two", "3:", "4:four");
    }

    @Test
    void linesLongerThanTheBufferAreReadWhole() throws Exception {
        String longLine = "x".repeat(3 * (1 << 20) + 17);
        Path f = dir.resolve("long.txt");
        Files.write(f, List.of("a", longLine, "b"), StandardCharsets.UTF_8);
        assertThat(lines(f)).containsExactly("1:a", "2:" + longLine, "3:b");
    }

    @Test
    void gzipAndZipAreRecognisedByTheirContent() throws Exception {
        byte[] content = "α\tβ\nsecond\n".getBytes(StandardCharsets.UTF_8);
        Path gz = dir.resolve("file.csv.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
            os.write(content);
        }
        Path zip = dir.resolve("file.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("dir/"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("dir/file.csv"));
            z.write(content);
            z.closeEntry();
        }
        assertThat(lines(gz)).containsExactly("1:α\tβ", "2:second");
        assertThat(lines(zip)).containsExactly("1:α\tβ", "2:second");
    }

    @Test
    void bytesConsumedReachesTheFileSize() throws Exception {
        Path f = dir.resolve("c.txt");
        Files.write(f, List.of("a", "b", "c"), StandardCharsets.UTF_8);
        try (LineSource src = LineSource.open(f)) {
            while (src.next()) {
                assertThat(src.bytesConsumed()).isLessThanOrEqualTo(src.totalBytes());
            }
            assertThat(src.bytesConsumed()).isEqualTo(Files.size(f));
        }
    }
}
