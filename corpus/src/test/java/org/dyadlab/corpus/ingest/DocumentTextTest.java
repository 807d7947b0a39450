package org.dyadlab.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file's text without storing it, within the ingestion limits. */
class DocumentTextTest {
    @TempDir
    Path dir;

    @Test
    void markdownAndTextAreReadDirectlyAndHtmlThroughTika() throws Exception {
        Path md = dir.resolve("draft.md");
        Files.writeString(md, "\uFEFF# Title\r\n\r\nLEMOA was signed in 2016.\r\n", StandardCharsets.UTF_8);
        ExtractedText t = DocumentText.read(md, IngestLimits.DEFAULT);
        assertThat(t.text()).isEqualTo("# Title\n\nLEMOA was signed in 2016.\n");
        assertThat(t.mediaType()).isEqualTo("text/plain");

        Path html = dir.resolve("page.html");
        Files.writeString(html, "<html><body><p>First.</p><p>Second.</p></body></html>", StandardCharsets.UTF_8);
        ExtractedText h = DocumentText.read(html, IngestLimits.DEFAULT);
        assertThat(h.paragraphs()).hasSize(2);
        assertThat(h.text()).contains("First.").contains("Second.");
    }

    @Test
    void aMissingFileAFileOverTheLimitAndACorruptFileAreRefusedWithAMessage() throws Exception {
        assertThatThrownBy(() -> DocumentText.read(dir.resolve("none.pdf"), IngestLimits.DEFAULT))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("no such file");
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat(2000));
        assertThatThrownBy(() -> DocumentText.read(big, new IngestLimits(1000, 10_000, Duration.ofSeconds(5))))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("over the limit");
        Path pdf = dir.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7 not really");
        assertThatThrownBy(() -> DocumentText.read(pdf, IngestLimits.DEFAULT))
                .isInstanceOf(DocumentReadException.class);
    }
}
