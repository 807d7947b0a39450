package org.dyadlab.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void attributeValuesAndTextAreEscaped() {
        String html = new Markup().open("a", "href", "#x\"><b>", "title", "'t'").text("<i>").close("a").toString();

        assertThat(html).isEqualTo("<a href=\"#x&quot;&gt;&lt;b&gt;\" title=\"&#39;t&#39;\">&lt;i&gt;</a>");
    }

    @Test
    void aNullAttributeValueLeavesTheAttributeOut() {
        assertThat(new Markup().empty("rect", "fill", null, "x", "1").toString()).isEqualTo("<rect x=\"1\"/>");
    }

    @Test
    void attributesComeInPairs() {
        assertThatThrownBy(() -> new Markup().open("a", "href")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommentMayNotCloseItself() {
        assertThatThrownBy(() -> new Markup().comment("a -- b")).isInstanceOf(IllegalArgumentException.class);
    }
}
