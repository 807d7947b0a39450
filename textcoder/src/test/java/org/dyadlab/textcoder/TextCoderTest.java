package org.dyadlab.textcoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.textcoder.text.TextDocument;
import org.junit.jupiter.api.Test;

/** The text front end on sentences written for these tests, with a tiny dictionary. */
class TextCoderTest {
    private static final LocalDate FRIDAY = LocalDate.of(2018, 1, 5);
    private final TextCoder coder = TestCoders.tiny();

    @Test
    void eachEventKeepsItsDocumentSentenceHashSpansAndDate() {
        String text = "Talks were held. Pakistan condemned India on Wednesday.";
        DocumentCoding c = coder.code(TextDocument.of("story-1", FRIDAY, text));
        assertThat(c.sentences()).isEqualTo(2);
        assertThat(c.events()).hasSize(1);
        TextEvent e = c.events().get(0);
        assertThat(e.triple().toString()).isEqualTo("PAK IND 122");
        assertThat(e.documentRef()).isEqualTo("doc:story-1#17:55");
        assertThat(e.sentence().originId()).isEqualTo("story-1#s1");
        assertThat(e.date().date()).isEqualTo(LocalDate.of(2018, 1, 3));
        assertThat(e.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.sentenceHash()).hasSize(20);
        assertThat(e.spans()).extracting(s -> s.role() + "=" + text.substring(s.start(), s.end()))
                .containsExactly("source=Pakistan", "target=India", "verb=condemned");
    }

    @Test
    void dateRestrictedActorCodesFollowTheSentenceDate() {
        DocumentCoding during = coder.code(TextDocument.of("a", LocalDate.of(2019, 3, 1), "Imran Khan condemned India."));
        DocumentCoding after = coder.code(TextDocument.of("b", LocalDate.of(2023, 3, 1), "Imran Khan condemned India."));
        assertThat(during.events().get(0).triple().source()).isEqualTo("PAKGOV");
        assertThat(after.events().get(0).triple().source()).isEqualTo("PAKELI");
    }

    @Test
    void inAStatementWeIsTheSpeakerAndAClaimOfWrongdoingIsAnAccusation() {
        TextDocument post = new TextDocument("post", FRIDAY, DatePrecision.DAY,
                "We gave Pakistan aid. They gave us nothing but lies.", null, "United States");
        DocumentCoding c = coder.code(post);
        assertThat(c.events()).extracting(e -> e.triple().toString()).containsExactly("USA PAK 070", "USA PAK 112");
        assertThat(c.events().get(1).note()).contains("They = Pakistan").contains("'lies'");
    }

    @Test
    void emptyDocumentsAndMarkupOnlyDocumentsAreReportedNotCoded() {
        assertThat(coder.code(TextDocument.of("empty", FRIDAY, "")).problems())
                .extracting(TextProblem::kind).containsExactly(TextProblem.Kind.EMPTY);
        DocumentCoding markup = coder.code(TextDocument.of("tags", FRIDAY, "<div><script>x()</script></div>"));
        assertThat(markup.skipped()).isTrue();
    }

    @Test
    void theSentenceAndMatchedWordsOfAMarkedUpStoredDocumentPointIntoItsTextAsStored() {
        String raw = "<p>Talks &amp; meetings\nwere held.</p>\n<p>Pakistan <b>condemned</b>\r\nIndia "
                + "(https://example.org/x) on Wednesday.</p>";
        DocumentCoding c = coder.code(new TextDocument("stored", FRIDAY, DatePrecision.DAY, raw, null, null, 3));
        TextEvent e = c.events().get(0);
        assertThat(e.triple().toString()).isEqualTo("PAK IND 122");
        SentenceRef ref = e.sentence();
        assertThat(raw.substring(ref.start(), ref.end()))
                .isEqualTo("Pakistan <b>condemned</b>\r\nIndia (https://example.org/x) on Wednesday.");
        assertThat(e.documentRef()).isEqualTo("doc:stored@v3#" + ref.start() + ":" + ref.end());
        assertThat(e.spans()).extracting(sp -> sp.role() + "=" + raw.substring(sp.start(), sp.end()))
                .containsExactly("source=Pakistan", "target=India", "verb=condemned");
    }

    @Test
    void markupIsRemovedBeforeCoding() {
        DocumentCoding c = coder.code(TextDocument.of("html", FRIDAY,
                "<html><body><p>Pakistan <b>condemned</b> India &amp; Afghanistan.</p></body></html>"));
        assertThat(c.problems()).extracting(TextProblem::kind).containsExactly(TextProblem.Kind.MARKUP);
        assertThat(c.events()).isNotEmpty();
    }

    @Test
    void aOneMegabyteSentenceIsSkippedAndTheRestIsCoded() {
        String huge = "word ".repeat(200_000);
        DocumentCoding c = coder.code(TextDocument.of("huge", FRIDAY, huge + ". Pakistan condemned India."));
        assertThat(c.problems()).extracting(TextProblem::kind).contains(TextProblem.Kind.SENTENCE_TOO_LONG);
        assertThat(c.events()).extracting(e -> e.triple().toString()).containsExactly("PAK IND 122");
    }

    @Test
    void aDocumentAboveTheLimitIsSkipped() {
        TextCoder small = new TextCoder(new org.dyadlab.coder.EventCoder(TestCoders.tinyDictionaries()),
                Models.english(), new TextCodingOptions(org.dyadlab.coder.CodingOptions.defaults(), 100, 1500, 150,
                true));
        DocumentCoding c = small.code(TextDocument.of("big", FRIDAY, "Pakistan condemned India. ".repeat(10)));
        assertThat(c.skipped()).isTrue();
        assertThat(c.problems().get(0).kind()).isEqualTo(TextProblem.Kind.TOO_LARGE);
    }
}
