package org.dyadlab.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)", "<!-- x -->", "]]><x>", "&lt;already&gt;", "<svg onload=alert(1)>"})
    void hostileStringsLoseEveryMarkupCharacter(String hostile) {
        String escaped = HtmlText.escape(hostile);

        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
    }

    @Test
    void theFiveCharactersBecomeEntities() {
        assertThat(HtmlText.escape("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    }

    @Test
    void alreadyEscapedTextIsEscapedAgainNotTrusted() {
        assertThat(HtmlText.escape("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
    }

    @Test
    void charactersXmlForbidsBecomeTheReplacementCharacter() {
        assertThat(HtmlText.escape("a\u0000b\u0008c\uFFFEd\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    }

    @Test
    void unpairedSurrogatesAreReplacedAndPairsKept() {
        String emoji = new String(Character.toChars(0x1F600));

        assertThat(HtmlText.escape("x\uD800y\uDC00z" + emoji)).isEqualTo("x\uFFFDy\uFFFDz" + emoji);
    }

    @Test
    void tabsNewlinesAndOtherScriptsAreKept() {
        assertThat(HtmlText.escape("a\tb\nc\r\u067E\u0627\u06A9\u2192")).isEqualTo("a\tb\nc\r\u067E\u0627\u06A9\u2192");
    }

    @Test
    void nullIsEmpty() {
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
