package org.dyadlab.corpus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.TextSpan;
import org.junit.jupiter.api.Test;

class RuleCoderTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Codebook book(String codes) {
        return CodebookYaml.read("name: t\ncodes:\n" + codes, "t").orThrow("t");
    }

    private static DocumentVersion doc(String text) {
        return new DocumentVersion("d", 1, "0".repeat(64), "text/plain", text, List.of(new TextSpan(0, text.length())),
                List.of(new TextSpan(0, text.length())), T);
    }

    private static List<String> coded(Codebook b, String text) {
        return new RuleCoder(b).code(doc(text), T).stream()
                .map(p -> p.codeId() + " [" + p.quote() + "] " + p.rule()).toList();
    }

    @Test
    void termsMatchWholeWordsAndStarredPrefixes() {
        Codebook b = book("""
                  - id: s
                    definition: x
                    rules: {terms: [sanction*, trade]}
                """);
        assertThat(coded(b, "New sanctions were imposed. Traders met. Trade resumed."))
                .containsExactly("s [New sanctions were imposed.] term:sanction*", "s [Trade resumed.] term:trade");
    }

    @Test
    void phrasesIgnoreCasePunctuationAndHyphens() {
        Codebook b = book("""
                  - id: ct
                    definition: x
                    rules: {phrases: [safe havens, counter-terrorism], terms: [f-16*]}
                """);
        assertThat(coded(b, "They denied SAFE-HAVENS existed. Counter terrorism works. The F-16s flew. Havens safe."))
                .containsExactly("ct [They denied SAFE-HAVENS existed.] phrase:safe havens",
                        "ct [Counter terrorism works.] phrase:counter-terrorism",
                        "ct [The F-16s flew.] term:f-16*");
    }

    @Test
    void nearNeedsEveryWordWithinTheDistanceInAnyOrder() {
        Codebook b = book("""
                  - id: cut
                    definition: x
                    rules: {near: [{words: [aid, suspen*], within: 3}]}
                """);
        assertThat(coded(b, "The suspension of all aid was announced. Aid was, after long and bitter debate, suspended."))
                .containsExactly("cut [The suspension of all aid was announced.] near:aid,suspen*/3");
    }

    @Test
    void aMatchAcrossASentenceEndTakesBothSentencesAndOverlapsMerge() {
        Codebook b = book("""
                  - id: a
                    definition: x
                    rules: {near: [{words: [aid, cut], within: 4}], terms: [aid]}
                """);
        List<Passage> ps = new RuleCoder(b).code(doc("We gave aid. They cut it. Later."), T);
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.quote()).isEqualTo("We gave aid. They cut it.");
            assertThat(p.span()).isEqualTo(new TextSpan(0, 25));
            assertThat(p.rule()).isEqualTo("term:aid; near:aid,cut/4");
            assertThat(p.coder()).isEqualTo(Passage.RULE_CODER);
        });
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "Heading without stop\nNext paragraph. Second sentence";
        DocumentVersion v = new DocumentVersion("d", 1, "0".repeat(64), "text/plain", text,
                List.of(new TextSpan(0, text.length())), List.of(new TextSpan(0, 20), new TextSpan(21, text.length())), T);
        assertThat(Sentences.of(v)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Heading without stop", "Next paragraph.", "Second sentence");
    }
}
