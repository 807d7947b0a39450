package org.dyadlab.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.CorpusJson.PassageJson;
import org.dyadlab.web.data.Json.SpanJson;
import org.junit.jupiter.api.Test;

/** A document's text as segments with their offsets: escaped, cut at passages and highlights, CR kept. */
class DocumentTextTest {
    private static PassageJson passage(int start, int end, boolean current) {
        return new PassageJson(1, "d", 1, start, end, "c", "C", "alice", "manual", null, "x".repeat(end - start),
                Instant.EPOCH, current);
    }

    @Test
    void segmentsCarryTheirOffsetsAndEveryCharacterIsEscaped() {
        Markup m = new Markup();
        DocumentText.write(m, "<b>a</b> & 'c'", 100, List.of(passage(103, 104, true)), List.of());
        assertThat(m.toString()).isEqualTo("<span data-s=\"100\" class=\"seg\">&lt;b&gt;</span>"
                + "<span data-s=\"103\" class=\"seg coded\">a</span>"
                + "<span data-s=\"104\" class=\"seg\">&lt;/b&gt; &amp; &#39;c&#39;</span>");
    }

    @Test
    void highlightsAreMarksAndTheFirstIsAnAnchor() {
        Markup m = new Markup();
        DocumentText.write(m, "one two three", 0, List.of(passage(0, 3, false)),
                List.of(new SpanJson(4, 7), new SpanJson(8, 13)));
        assertThat(m.toString()).isEqualTo("<span data-s=\"0\" class=\"seg\">one </span>"
                + "<mark data-s=\"4\" class=\"seg\" id=\"hl-first\">two</mark><span data-s=\"7\" class=\"seg\"> </span>"
                + "<mark data-s=\"8\" class=\"seg\">three</mark>");
    }

    @Test
    void carriageReturnsAreCharacterReferencesSoTheParserKeepsThem() {
        Markup m = new Markup();
        DocumentText.write(m, "a\r\nb\rc", 0, List.of(), List.of());
        assertThat(m.toString()).isEqualTo("<span data-s=\"0\" class=\"seg\">a&#13;\nb&#13;c</span>");
    }
}
