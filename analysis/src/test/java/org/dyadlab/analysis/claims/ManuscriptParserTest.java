package org.dyadlab.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManuscriptParserTest {
    @Test
    void markdownIsReducedToSentencesWithTheirLines() {
        String md = """
                ---
                title: A draft
                ---
                # Heading 2018 is not a claim

                The **first** sentence, with a [link](https://example.org) and `code`. The second one
                runs over two lines (Dawn 2019).

                - A list item in 2016.
                > A quotation of 2017.

                ```
                code 2015 is skipped
                ```

                ## References
                - Dawn (2019). A story.
                [3] Reuters. 2017. Another story.
                """;
        Manuscript m = ManuscriptParser.parse(md, true);
        assertThat(m.sentences()).extracting(Sentence::text).containsExactly(
                "The first sentence, with a link and code.",
                "The second one runs over two lines (Dawn 2019).",
                "A list item in 2016.",
                "A quotation of 2017.");
        assertThat(m.sentences()).extracting(Sentence::line).containsExactly(6, 6, 9, 10);
        assertThat(m.references()).containsExactly("Dawn (2019). A story.", "Reuters. 2017. Another story.");
        assertThat(m.numbered()).containsEntry("3", "Reuters. 2017. Another story.");
    }

    @Test
    void footnotesAreNumberedReferences() {
        Manuscript m = ManuscriptParser.parse("It was signed in 2016.[^1]\n\n[^1]: VOA, 29 August 2016.\n", true);
        assertThat(m.sentences()).extracting(Sentence::text).containsExactly("It was signed in 2016.[1]");
        assertThat(m.numbered()).containsEntry("1", "VOA, 29 August 2016.");
    }

    @Test
    void plainTextFromPdfOrDocxJoinsWrappedLinesUndoesHyphenationAndSkipsHeadings() {
        String text = "Transactional partners\n\nThe Logistics Exchange Memo-\nrandum of Agreement was signed\n"
                + "in August 2016. Mr. Carter signed it.\n\nReferences\n\nVOA (2016). A story.\n";
        Manuscript m = ManuscriptParser.parse(text, false);
        assertThat(m.sentences()).extracting(Sentence::text).containsExactly(
                "The Logistics Exchange Memorandum of Agreement was signed in August 2016.", "Mr. Carter signed it.");
        assertThat(m.sentences()).extracting(Sentence::line).containsExactly(3, 5);
        assertThat(m.references()).containsExactly("VOA (2016). A story.");
    }

    @Test
    void sentencesEndAtFullStopsButNotAfterAbbreviationsOrInitials() {
        List<Integer> ends = SentenceSplitter.ends("The U.S. and Gen. Munir met on 5 Jan. 2024 with J. Doe. Then it ended.");
        assertThat(ends).hasSize(2);
    }
}
