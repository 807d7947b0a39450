package org.dyadlab.corpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.dyadlab.corpus.Fixtures;
import org.dyadlab.model.corpus.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tika extraction keeps pages and paragraphs as offsets into the text, for each format we promise. */
class ExtractionTest {
    @TempDir
    Path dir;

    private final TikaExtractor tika = new TikaExtractor();

    private static String at(ExtractedText t, TextSpan s) {
        return t.text().substring(s.start(), s.end());
    }

    @Test
    void pdfPagesAndTheirLinesAreKeptWithTheTitle() throws Exception {
        Path f = Fixtures.pdf(dir.resolve("two-pages.pdf"), "Aid Review", List.of(
                List.of("First page about assistance.", "A second line on page one."),
                List.of("Second page on safe havens.")), false);
        ExtractedText t = tika.extract(f, 1_000_000);
        assertThat(t.mediaType()).isEqualTo("application/pdf");
        assertThat(t.pages()).hasSize(2);
        assertThat(at(t, t.pages().get(0))).contains("First page about assistance.").doesNotContain("Second page");
        assertThat(at(t, t.pages().get(1))).contains("Second page on safe havens.");
        assertThat(t.paragraphs()).extracting(p -> at(t, p)).anyMatch(p -> p.contains("Second page on safe havens."));
        assertThat(t.metadata().title()).isEqualTo("Aid Review");
        assertThat(t.metadata().authors()).containsExactly("Test Author");
    }

    @Test
    void docxParagraphsAreSpans() throws Exception {
        Path f = Fixtures.docx(dir.resolve("memo.docx"), "Policy Memo", List.of("Sanctions were eased.",
                "Trade talks resumed in March."));
        ExtractedText t = tika.extract(f, 1_000_000);
        assertThat(t.paragraphs()).extracting(p -> at(t, p))
                .containsExactly("Sanctions were eased.", "Trade talks resumed in March.");
        assertThat(t.metadata().title()).isEqualTo("Policy Memo");
        assertThat(t.metadata().authors()).containsExactly("Docx Writer");
    }

    @Test
    void odtAndHtmlParagraphsAreSpans() throws Exception {
        ExtractedText odt = tika.extract(Fixtures.odt(dir.resolve("note.odt"), List.of("One & two.", "Three.")),
                1_000_000);
        assertThat(odt.paragraphs()).extracting(p -> at(odt, p)).containsExactly("One & two.", "Three.");
        Path html = Fixtures.text(dir.resolve("page.html"), "<html><head><title>Statement</title>"
                + "<script>var x = 1;</script></head><body><h1>On visits</h1><p>The minister met <b>counterparts</b>."
                + "</p><p>Talks went well.</p></body></html>");
        ExtractedText h = tika.extract(html, 1_000_000);
        assertThat(h.paragraphs()).extracting(p -> at(h, p))
                .containsExactly("On visits", "The minister met counterparts.", "Talks went well.");
        assertThat(h.text()).doesNotContain("var x");
        assertThat(h.metadata().title()).isEqualTo("Statement");
    }

    @Test
    void hostileFilesGiveAClearMessage() throws Exception {
        Path encrypted = Fixtures.pdf(dir.resolve("locked.pdf"), "Locked", List.of(List.of("Secret.")), true);
        assertThatThrownBy(() -> tika.extract(encrypted, 1_000_000)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("encrypted");
        Path corrupt = Fixtures.text(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage");
        assertThatThrownBy(() -> tika.extract(corrupt, 1_000_000)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("corrupt");
        Path bomb = Fixtures.zipBomb(dir.resolve("bomb.docx"), 5_000_000);
        assertThatThrownBy(() -> tika.extract(bomb, 50_000_000)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("zip bomb");
        Path longPage = Fixtures.text(dir.resolve("long.html"), "<html><body><p>"
                + "Words of a long statement. ".repeat(10_000) + "</p></body></html>");
        assertThatThrownBy(() -> tika.extract(longPage, 100_000)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("limit of 100000 characters");
    }
}
