package org.dyadlab.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "ftp://example.org/x",
            "//example.org/x", "/relative/path", "www.example.org", "https://", "http:/example.org", "mailto:a@b.c",
            "https://exa mple.org/", "", "   "})
    void onlyHttpUrlsWithAHostBecomeLinks(String url) {
        assertThat(Links.httpHref(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.dawn.com/news/1381046", "http://example.org", "HTTPS://Example.org/a?b=1&c=2#d"})
    void httpAndHttpsUrlsAreLinks(String url) {
        assertThat(Links.httpHref(url)).contains(url);
    }

    @Test
    void surroundingBlanksAreTrimmedAndNonAsciiIsEncoded() {
        assertThat(Links.httpHref("  https://example.org/caf\u00e9  ")).contains("https://example.org/caf%C3%A9");
    }

    @Test
    void nullIsNoLink() {
        assertThat(Links.httpHref(null)).isEmpty();
    }
}
