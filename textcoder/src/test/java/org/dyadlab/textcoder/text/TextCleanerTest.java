package org.dyadlab.textcoder.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleaning markup, entities, addresses and broken lines, and the map from the cleaned text back to the given one. */
class TextCleanerTest {
    private static final String HTML = "<html><head><style>p {color: red}</style></head><body>\n"
            + "<p>Pakistan <b>condemned</b> India&#8217;s strikes, see https://example.org/a?b=1 &amp; more.</p>\n"
            + "<p>The United States\r\nsuspended aid&nbsp;to Pakistan.</p><!-- note --></body></html>";

    @Test
    void markupEntitiesAddressesAndBrokenLinesAreCleaned() {
        assertThat(TextCleaner.clean(HTML)).isEqualTo(
                "Pakistan  condemned  India\u2019s strikes, see   & more.\nThe United States suspended aid to Pakistan.");
    }

    @Test
    void aWordOfTheCleanedTextMapsBackToTheSameWordInTheGivenText() {
        CleanedText c = TextCleaner.cleaned(HTML);
        for (String word : new String[] {"condemned", "United States", "suspended aid", "Pakistan."}) {
            int at = c.text().indexOf(word);
            int[] span = c.sourceSpan(at, at + word.length());
            assertThat(HTML.substring(span[0], span[1])).as(word).isEqualTo(word.replace("States suspended",
                    "States\r\nsuspended").replace("aid to", "aid&nbsp;to"));
        }
        int apostrophe = c.text().indexOf('\u2019');
        int[] entity = c.sourceSpan(apostrophe, apostrophe + 1);
        assertThat(HTML.substring(entity[0], entity[1])).isEqualTo("&#8217;");
    }

    @Test
    void aSentenceSpanOfTheCleanedTextCoversTheSentenceInTheGivenText() {
        CleanedText c = TextCleaner.cleaned(HTML);
        int start = c.text().indexOf("The United");
        int[] span = c.sourceSpan(start, c.length());
        assertThat(HTML.substring(span[0], span[1])).isEqualTo("The United States\r\nsuspended aid&nbsp;to Pakistan.");
    }

    @Test
    void textWithoutMarkupOrBrokenLinesIsItsOwnMap() {
        String text = "Pakistan condemned India. Talks were held.";
        CleanedText c = TextCleaner.cleaned(text);
        assertThat(c.text()).isEqualTo(text);
        assertThat(c.sourceSpan(9, 18)).containsExactly(9, 18);
        assertThat(c.sourceSpan(3, 3)).containsExactly(3, 3);
    }

    private static final String[] PIECES = {"Pakistan", "condemned", "India", ".", ",", " ", "  ", "\n", "\r\n", "\r",
        "\n\n", "\t", "\u00a0", "\u0007", "<b>", "</p>", "<p class=\"x\">", "<br/>", "<script>x()</script>",
        "<!-- c -->", "&amp;", "&#8217;", "&#x1F600;", "&hellip;", "&bogus;", "&#99999999;", "http://a.example/x",
        "www.example.org", "aid", "\u201d", "?", "<", ">", "&", "\uD83D\uDE00"};

    private static String randomDocument(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(60);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /**
     * On seeded random documents: the map never goes back, every character stands for a non-empty stretch, a kept
     * character stands for itself, and every word of the cleaned text that no entity made is found at its mapped span.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theMapIsMonotoneAndEveryWordMapsToItself(long seed) {
        Random r = new Random(seed);
        Pattern word = Pattern.compile("[A-Za-z]+");
        for (int k = 0; k < 300; k++) {
            String doc = randomDocument(r);
            CleanedText c = TextCleaner.cleaned(doc);
            assertThat(c.text()).isEqualTo(TextCleaner.clean(doc));
            for (int i = 0; i < c.length(); i++) {
                assertThat(c.sourceStart(i)).as(doc).isLessThan(c.sourceEnd(i));
                assertThat(c.sourceEnd(i)).isLessThanOrEqualTo(doc.length());
                if (i > 0) {
                    assertThat(c.sourceStart(i)).isGreaterThanOrEqualTo(c.sourceStart(i - 1));
                    assertThat(c.sourceEnd(i)).isGreaterThanOrEqualTo(c.sourceEnd(i - 1));
                }
                char ch = c.text().charAt(i);
                if (c.sourceEnd(i) - c.sourceStart(i) == 1 && ch != ' ' && ch != '\n') {
                    assertThat(doc.charAt(c.sourceStart(i))).as(doc).isEqualTo(ch);
                }
            }
            Matcher m = word.matcher(c.text());
            while (m.find()) {
                int[] span = c.sourceSpan(m.start(), m.end());
                String source = doc.substring(span[0], span[1]);
                if (!source.contains("&")) {
                    assertThat(source).as(doc).isEqualTo(m.group());
                }
            }
        }
    }
}
