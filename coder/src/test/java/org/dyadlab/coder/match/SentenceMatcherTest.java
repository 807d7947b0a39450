package org.dyadlab.coder.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.TestDictionaries;
import org.dyadlab.coder.parse.TreebankReader;
import org.junit.jupiter.api.Test;

/** What the matcher sees: actor phrases with their codes, compounds, clauses, comma clauses removed. */
class SentenceMatcherTest {
    private final SentenceMatcher matcher = new SentenceMatcher(TestDictionaries.load());

    private String explain(String parse) throws Exception {
        return matcher.explain(TreebankReader.read(parse), LocalDate.of(2015, 3, 1), CodingOptions.defaults());
    }

    @Test
    void explainShowsActorPhrasesCompoundsAndVerbPhrases() throws Exception {
        assertThat(explain("(ROOT (S (NP (JJ Pakistani) (NNS police)) (VP (VBD arrested) (NP (NNS students) (CC and) "
                + "(NNS ministers))) (. .)))"))
                .isEqualTo("(S [PAKISTANI POLICE]=PAKCOP (VP ARRESTED { [STUDENTS]=---EDU [MINISTERS]=---GOV } ) . )");
    }

    @Test
    void possessivesPrepositionalPhrasesAndRelativeClausesBecomeOnePhrase() throws Exception {
        assertThat(explain("(ROOT (S (NP (NP (NNP India) (POS 's)) (NN government)) (VP (VBD accused) (NP (NP (NNS "
                + "students)) (PP (IN from) (NP (NNP China))) (SBAR (WHNP (WP who)) (S (VP (VBD met) (NP (NNP "
                + "Pakistan))))))) (. .)))"))
                .isEqualTo("(S [INDIA GOVERNMENT]=INDGOV (VP ACCUSED [STUDENTS FROM CHINA WHO MET PAKISTAN]=CHNEDU ) . )");
    }

    @Test
    void aClauseBetweenCommasIsRemovedUnlessItIsTheSentencesOnlyVerb() throws Exception {
        assertThat(explain("(ROOT (S (NP (NNP India)) (, ,) (PP (IN on) (NP (DT the) (JJ other) (NN hand))) (, ,) "
                + "(VP (VBD accused) (NP (NNP China))) (. .)))"))
                .isEqualTo("(S [INDIA]=IND , (VP ACCUSED [CHINA]=CHN ) . )");
        assertThat(explain("(ROOT (S (NP (NNP India)) (, ,) (ADVP (RB however)) (, ,) (VP (VBD accused) (NP (NNP "
                + "China))) (. .)))")).as("the clause after the last comma holds the only verb: kept")
                .isEqualTo("(S [INDIA]=IND , HOWEVER , (VP ACCUSED [CHINA]=CHN ) . )");
    }

    @Test
    void aDatelineIsRecognised() throws Exception {
        assertThat(SentenceMatcher.isDateline(TreebankReader.read(
                "(ROOT (NP (NP (NNP ISLAMABAD)) (: :) (NP (NNP Pakistan))))"))).isTrue();
        assertThat(SentenceMatcher.isDateline(TreebankReader.read(
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD left))))"))).isFalse();
    }
}
