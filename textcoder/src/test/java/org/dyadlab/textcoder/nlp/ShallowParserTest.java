package org.dyadlab.textcoder.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyadlab.textcoder.Models;
import org.junit.jupiter.api.Test;

/** The tree shapes the coder depends on, from sentences written for these tests. */
class ShallowParserTest {
    private static String parse(String sentence) {
        return ShallowParser.parse(Models.english().analyzer().tag(sentence));
    }

    @Test
    void subjectVerbObject() {
        assertThat(parse("Pakistan condemned the attack.")).isEqualTo(
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD condemned) (NP (DT the) (NN attack))) (. .)))");
    }

    @Test
    void auxiliariesNestVerbPhrasesAndPassiveKeepsBy() {
        assertThat(parse("The envoy was summoned by Pakistan."))
                .contains("(VP (VBD was) (VP (VBN summoned) (PP (IN by) (NP (NNP Pakistan)))))");
    }

    @Test
    void aListOfCountriesIsOneCoordinatedNounPhrase() {
        assertThat(parse("India, China and Pakistan signed the accord."))
                .startsWith("(ROOT (S (NP (NNP India) (, ,) (NNP China) (CC and) (NNP Pakistan)) (VP");
    }

    @Test
    void reportedSpeechIsInsideTheSayingVerb() {
        assertThat(parse("Washington said Islamabad harboured militants."))
                .contains("(VP (VBD said) (SBAR (S (NP (NNP Islamabad)) (VP (VBD harboured)");
    }

    @Test
    void bracketsInWordsAreEscaped() {
        assertThat(parse("Pakistan (PAK) protested.")).doesNotContain("(PAK)").contains("-LRB-");
    }
}
