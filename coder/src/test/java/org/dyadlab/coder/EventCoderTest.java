package org.dyadlab.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each construction of the coder on sentences written for this test, with hand-made Penn Treebank parses and the
 * test dictionaries (src/test/resources/dictionaries).
 */
class EventCoderTest {
    private static final LocalDate DAY = LocalDate.of(2015, 3, 1);
    private final EventCoder coder = new EventCoder(TestDictionaries.load());

    private SentenceCoding code(String text, String parse) {
        return code(text, parse, DAY, CodingOptions.defaults());
    }

    private SentenceCoding code(String text, String parse, LocalDate date, CodingOptions options) {
        return coder.code(new ParsedSentence("S1_1", date, text, parse), options);
    }

    private static List<String> triples(SentenceCoding c) {
        return c.triples().stream().map(CodedTriple::toString).toList();
    }

    @Test
    void aVerbAloneGivesItsCodeWithTheClauseSubjectAsSourceAndTheObjectAsTarget() {
        SentenceCoding c = code("Pakistan accused India of supporting militants.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India)) (PP (IN of) (S (VP (VBG supporting) "
                        + "(NP (NNS militants)))))) (. .)))");
        assertThat(c.outcome()).isEqualTo(SentenceCoding.Outcome.CODED);
        assertThat(triples(c)).containsExactly("PAK IND 112");
        CodingEvidence e = c.events().get(0).evidence();
        assertThat(e.sourceText()).isEqualTo("Pakistan");
        assertThat(e.targetText()).isEqualTo("India");
        assertThat(e.verbText()).isEqualTo("accused");
        assertThat(e.rule()).isEqualTo("ACCUSED [112]");
        assertThat(e.passive()).isFalse();
        assertThat(c.events().get(0).sentenceId()).isEqualTo("S1_1");
        assertThat(c.events().get(0).date()).isEqualTo(DAY);
    }

    @Test
    void irregularFormsReplaceTheGeneratedOnes() {
        assertThat(triples(code("Pakistan blamed India.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD blamed) (NP (NNP India))) (. .)))"))).containsExactly(
                "PAK IND 112");
        // BLAME {BLAMES BLAMED BLAMING}: the regular "BLAMEING" is not generated, nor anything else
        assertThat(triples(code("Pakistan blameed India.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD blameed) (NP (NNP India))) (. .)))"))).isEmpty();
    }

    @Test
    void aNegationPatternWithTheNullCodeStopsTheVerbFromBeingCoded() {
        SentenceCoding c = code("Pakistan did not accuse India.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD did) (RB not) (VP (VB accuse) (NP (NNP India)))) (. .)))");
        assertThat(c.events()).isEmpty();
        SentenceCoding contracted = code("Pakistan didn't accuse India.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD did) (RB n't) (VP (VB accuse) (NP (NNP India)))) (. .)))");
        assertThat(contracted.events()).isEmpty();
    }

    @Test
    void aNegatedVerbIsNotCodedUnlessAPatternMatchesTheNegationItself() {
        assertThat(code("Pakistani police never arrested students.",
                "(ROOT (S (NP (JJ Pakistani) (NNS police)) (VP (ADVP (RB never)) (VBD arrested) (NP (NNS students))) "
                        + "(. .)))").events()).isEmpty();
        assertThat(code("Washington will not praise Pakistan.",
                "(ROOT (S (NP (NNP Washington)) (VP (MD will) (RB not) (VP (VB praise) (NP (NNP Pakistan)))) "
                        + "(. .)))").events()).isEmpty();
        assertThat(triples(code("Washington said it would praise Pakistan, not India.",
                "(ROOT (S (NP (NNP Washington)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB praise) "
                        + "(NP (NP (NNP Pakistan)) (, ,) (RB not) (NP (NNP India)))))))) (. .)))")))
                .as("a 'not' that does not negate the verb").containsExactly("USA PAK 051");
    }

    @Test
    void agentsAddToTheActorCode() {
        SentenceCoding c = code("Pakistani police arrested American students in Lahore.",
                "(ROOT (S (NP (JJ Pakistani) (NNS police)) (VP (VBD arrested) (NP (NP (JJ American) (NNS students)) "
                        + "(PP (IN in) (NP (NNP Lahore))))) (. .)))");
        assertThat(triples(c)).containsExactly("PAKCOP USAEDU 173");
        assertThat(c.events().get(0).evidence().targetText()).isEqualTo("American students in Lahore");
    }

    @Test
    void agentsFromSubstitutionSetsAndPrefixAgents() {
        assertThat(triples(code("Pakistani congressmen accused India.",
                "(ROOT (S (NP (JJ Pakistani) (NNS congressmen)) (VP (VBD accused) (NP (NNP India))) (. .)))")))
                .containsExactly("PAKLEG IND 112");
        assertThat(triples(code("The Pakistani Red Crescent praised China.",
                "(ROOT (S (NP (DT The) (JJ Pakistani) (NNP Red) (NNP Crescent)) (VP (VBD praised) (NP (NNP China))) "
                        + "(. .)))"))).containsExactly("NGOPAK CHN 051");
    }

    @Test
    void anAgentWithoutAnActorIsCodedButUnknownActorsAreDroppedWhileRequireDyadHolds() {
        assertThat(triples(code("The minister accused India.",
                "(ROOT (S (NP (DT The) (NN minister)) (VP (VBD accused) (NP (NNP India))) (. .)))")))
                .containsExactly("---GOV IND 112");
        String militants = "(ROOT (S (NP (NNS Militants)) (VP (VBD accused) (NP (NNP India))) (. .)))";
        assertThat(code("Militants accused India.", militants).events()).isEmpty();
        CodingOptions noDyad = CodingOptions.defaults().with("require_dyad", "false");
        assertThat(triples(code("Militants accused India.", militants, DAY, noDyad))).containsExactly("--- IND 112");
        CodingOptions newActors = CodingOptions.defaults().with("new_actor_length", "2");
        assertThat(triples(code("Militants accused India.", militants, DAY, newActors)))
                .containsExactly("\"MILITANTS\" IND 112");
    }

    @Test
    void aCompoundSourceGivesOneEventPerMember() {
        SentenceCoding c = code("Pakistan and India denounced the Afghan government.",
                "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP India)) (VP (VBD denounced) (NP (DT the) (JJ Afghan) "
                        + "(NN government))) (. .)))");
        assertThat(triples(c)).containsExactly("PAK AFGGOV 111", "IND AFGGOV 111");
        assertThat(c.events()).extracting(e -> e.evidence().sourceText()).containsExactly("Pakistan", "India");
    }

    @Test
    void aCompoundTargetAndSharedAdjectives() {
        assertThat(triples(code("Washington praised Pakistan and India.",
                "(ROOT (S (NP (NNP Washington)) (VP (VBD praised) (NP (NNP Pakistan) (CC and) (NNP India))) (. .)))")))
                .containsExactly("USA PAK 051", "USA IND 051");
        assertThat(triples(code("China hailed the Pakistani government and army.",
                "(ROOT (S (NP (NNP China)) (VP (VBD hailed) (NP (DT the) (JJ Pakistani) (NN government) (CC and) "
                        + "(NN army))) (. .)))"))).containsExactly("CHN PAKGOV 051", "CHN PAKMIL 051");
    }

    @Test
    void aCompoundInsideAPrepositionalPhraseExpandsTheWholePhrase() {
        assertThat(triples(code("Students in Pakistan and India accused China.",
                "(ROOT (S (NP (NP (NNS Students)) (PP (IN in) (NP (NNP Pakistan) (CC and) (NNP India)))) "
                        + "(VP (VBD accused) (NP (NNP China))) (. .)))")))
                .containsExactly("PAKEDU CHN 112", "INDEDU CHN 112");
    }

    @Test
    void aCompoundCodeInTheDictionaryStandsForEachOfItsActors() {
        assertThat(triples(code("The Kashmir Valley blamed China.",
                "(ROOT (S (NP (DT The) (NNP Kashmir) (NNP Valley)) (VP (VBD blamed) (NP (NNP China))) (. .)))")))
                .containsExactly("IND CHN 112", "PAK CHN 112");
    }

    @Test
    void passiveVoiceSwapsSourceAndTarget() {
        SentenceCoding c = code("India was accused by Pakistan of meddling.",
                "(ROOT (S (NP (NNP India)) (VP (VBD was) (VP (VBN accused) (PP (IN by) (NP (NNP Pakistan))) "
                        + "(PP (IN of) (S (VP (VBG meddling)))))) (. .)))");
        assertThat(triples(c)).containsExactly("PAK IND 112");
        assertThat(c.events().get(0).evidence().passive()).isTrue();
        assertThat(triples(code("India has been accused by Pakistan.",
                "(ROOT (S (NP (NNP India)) (VP (VBZ has) (VP (VBN been) (VP (VBN accused) (PP (IN by) (NP (NNP "
                        + "Pakistan)))))) (. .)))"))).containsExactly("PAK IND 112");
    }

    @Test
    void thePassiveAgentAfterByIsTheSourceEvenWhenACodedActorFollows() {
        assertThat(triples(code("India was accused by police of helping Afghanistan.",
                "(ROOT (S (NP (NNP India)) (VP (VBD was) (VP (VBN accused) (PP (IN by) (NP (NNS police))) "
                        + "(PP (IN of) (S (VP (VBG helping) (NP (NNP Afghanistan))))))) (. .)))")))
                .containsExactly("---COP IND 112");
    }

    @Test
    void aPassiveWithoutByIsNotSwapped() {
        assertThat(triples(code("India was accused in Pakistan.",
                "(ROOT (S (NP (NNP India)) (VP (VBD was) (VP (VBN accused) (PP (IN in) (NP (NNP Pakistan))))) "
                        + "(. .)))"))).containsExactly("IND PAK 112");
    }

    @Test
    void aPatternWithASynsetAndATargetSlot() {
        SentenceCoding c = code("The United States pledged military aid to Pakistan.",
                "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD pledged) (NP (JJ military) (NN aid)) "
                        + "(PP (TO to) (NP (NNP Pakistan)))) (. .)))");
        assertThat(triples(c)).containsExactly("USA PAK 0332");
        assertThat(c.events().get(0).evidence().rule()).isEqualTo("- * &AID TO + [0332]");
        assertThat(triples(code("The United States pledged weapons to Pakistan.",
                "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD pledged) (NP (NNS weapons)) "
                        + "(PP (TO to) (NP (NNP Pakistan)))) (. .)))"))).as("generated plural of a synset member")
                .containsExactly("USA PAK 0332");
        assertThat(triples(code("The United States pledged helicopters to Pakistan.",
                "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD pledged) (NP (NNS helicopters)) "
                        + "(PP (TO to) (NP (NNP Pakistan)))) (. .)))"))).as("HELICOPTER_ has no plural")
                .containsExactly("USA PAK 030");
    }

    @Test
    void sourceAndTargetSlotsOnBothSidesOfTheVerb() {
        SentenceCoding c = code("Pakistan will sign a trade deal with China.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (MD will) (VP (VB sign) (NP (NP (DT a) (NN trade) (NN deal)) "
                        + "(PP (IN with) (NP (NNP China)))))) (. .)))");
        assertThat(triples(c)).containsExactly("PAK CHN 057");
        assertThat(c.events().get(0).evidence().rule()).isEqualTo("- $ * TRADE DEAL WITH + [057]");
        assertThat(triples(code("Pakistan will sign a deal with China.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (MD will) (VP (VB sign) (NP (NP (DT a) (NN deal)) "
                        + "(PP (IN with) (NP (NNP China)))))) (. .)))"))).as("SIGN [---]: no pattern, no event")
                .isEmpty();
    }

    @Test
    void aPairCodeCodesBothDirections() {
        assertThat(triples(code("Pakistan met India for talks.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD met) (NP (NNP India)) (PP (IN for) (NP (NNS talks)))) (. .)))")))
                .containsExactly("PAK IND 046", "IND PAK 046");
    }

    @Test
    void actorCodesFollowTheSentenceDate() {
        String parse = "(ROOT (S (NP (NNP Nawaz) (NNP Sharif)) (VP (VBD visited) (NP (NNP China))) (. .)))";
        String text = "Nawaz Sharif visited China.";
        CodingOptions o = CodingOptions.defaults();
        assertThat(triples(code(text, parse, LocalDate.of(2015, 3, 1), o)))
                .containsExactly("PAKGOV CHN 042", "CHN PAKGOV 043");
        assertThat(triples(code(text, parse, LocalDate.of(2013, 6, 5), o))).as("first day, inclusive")
                .containsExactly("PAKGOV CHN 042", "CHN PAKGOV 043");
        assertThat(triples(code(text, parse, LocalDate.of(2010, 1, 1), o)))
                .containsExactly("PAKELI CHN 042", "CHN PAKELI 043");
        assertThat(triples(code(text, parse, LocalDate.of(2020, 1, 1), o))).as("no restriction applies: default")
                .containsExactly("PAKELI CHN 042", "CHN PAKELI 043");
    }

    @Test
    void aMultiWordVerbNeedsAllItsWords() {
        assertThat(triples(code("India turned down the Pakistani proposal.",
                "(ROOT (S (NP (NNP India)) (VP (VBD turned) (PRT (RP down)) (NP (DT the) (JJ Pakistani) "
                        + "(NN proposal))) (. .)))"))).containsExactly("IND PAK 120");
        assertThat(triples(code("India turned to China.",
                "(ROOT (S (NP (NNP India)) (VP (VBD turned) (PP (TO to) (NP (NNP China)))) (. .)))"))).isEmpty();
    }

    @Test
    void anAppositionBetweenCommasNeitherCodesNorCutsTheClause() {
        SentenceCoding c = code("Pakistan, a neighbour of India, accused Afghanistan.",
                "(ROOT (S (NP (NP (NNP Pakistan)) (, ,) (NP (NP (DT a) (NN neighbour)) (PP (IN of) (NP (NNP India)))) "
                        + "(, ,)) (VP (VBD accused) (NP (NNP Afghanistan))) (. .)))");
        assertThat(triples(c)).containsExactly("PAK AFG 112");
    }

    @Test
    void aSubjectBeforeACommaAsideIsStillTheSource() {
        assertThat(triples(code("India, however, accused China.",
                "(ROOT (S (NP (NNP India)) (, ,) (ADVP (RB however)) (, ,) (VP (VBD accused) (NP (NNP China))) "
                        + "(. .)))"))).containsExactly("IND CHN 112");
        assertThat(triples(code("India, on the other hand, accused China.",
                "(ROOT (S (NP (NNP India)) (, ,) (PP (IN on) (NP (DT the) (JJ other) (NN hand))) (, ,) "
                        + "(VP (VBD accused) (NP (NNP China))) (. .)))"))).containsExactly("IND CHN 112");
    }

    @Test
    void aBareParticipleAfterACommaDoesNotTakeTheSubjectAsItsAgent() {
        CodingOptions keepCommas = CodingOptions.defaults().with("comma_max", "0").with("comma_emax", "0");
        assertThat(triples(code("Pakistani students, detained in India, blamed China.",
                "(ROOT (S (NP (NP (JJ Pakistani) (NNS students)) (, ,) (VP (VBN detained) (PP (IN in) (NP (NNP India)))) "
                        + "(, ,)) (VP (VBD blamed) (NP (NNP China))) (. .)))", DAY, keepCommas)))
                .containsExactly("PAKEDU CHN 112");
    }

    @Test
    void aShortCommaClauseIsRemovedButALongOneIsKept() {
        String parse = "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP Afghanistan))) (, ,) (NP (NNP India)) "
                + "(VP (VBD said)) (. .)))";
        String text = "Pakistan accused Afghanistan, India said.";
        assertThat(triples(code(text, parse))).containsExactly("PAK AFG 112");
    }

    @Test
    void aSentenceDiscardPhraseStopsCoding() {
        SentenceCoding c = code("Pakistan beat India at cricket.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD beat) (NP (NNP India)) (PP (IN at) (NP (NN cricket)))) (. .)))");
        assertThat(c.outcome()).isEqualTo(SentenceCoding.Outcome.SENTENCE_DISCARD);
        assertThat(c.detail()).isEqualTo("CRICKET");
        assertThat(c.events()).isEmpty();
        // "TEST_MATCH_" must end at a word end: "test matchup" is not discarded
        assertThat(code("Pakistan accused India of a test matchup.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India))) (. .)))").outcome())
                .isEqualTo(SentenceCoding.Outcome.CODED);
    }

    @Test
    void aStoryDiscardPhraseDropsEveryEventOfTheStory() {
        ParsedSentence first = new ParsedSentence("STORY9_1", DAY, "Pakistan accused India.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India))) (. .)))");
        ParsedSentence second = new ParsedSentence("STORY9_2", DAY, "India will host the World Cup.",
                "(ROOT (S (NP (NNP India)) (VP (MD will) (VP (VB host) (NP (DT the) (NNP World) (NNP Cup)))) (. .)))");
        List<SentenceCoding> story = coder.codeStory(List.of(first, second), CodingOptions.defaults());
        assertThat(story).extracting(SentenceCoding::outcome)
                .containsOnly(SentenceCoding.Outcome.STORY_DISCARD);
        assertThat(story.get(0).detail()).contains("WORLD CUP").contains("STORY9_2");
        assertThat(coder.code(first, CodingOptions.defaults()).events()).hasSize(1);
    }

    @Test
    void issuesOfTheSentenceGoOnEveryEvent() {
        SentenceCoding c = code("Pakistan condemned the American drone strikes and nuclear weapons.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD condemned) (NP (DT the) (JJ American) (NN drone) "
                        + "(NNS strikes))) (. .)))");
        assertThat(triples(c)).containsExactly("PAK USA 111");
        assertThat(c.events().get(0).issues()).extracting(i -> i.code() + " " + i.count())
                .containsExactly("DRONES 1", "NUCLEAR_WEAPONS 1");
        SentenceCoding ignored = code("Pakistan condemned the American drone racing.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD condemned) (NP (DT the) (JJ American) (NN drone) "
                        + "(NN racing))) (. .)))");
        assertThat(ignored.events().get(0).issues()).as("an ignore phrase cancels the sentence's issues").isEmpty();
    }

    @Test
    void aCodedVerbPhraseIsNotSearchedForMoreVerbs() {
        // "said" codes nothing (SAY [---]) so the clause inside it is coded; "accused" codes, so "arrested" inside
        // its phrase is not
        assertThat(triples(code("India said Pakistan accused China of arresting students.",
                "(ROOT (S (NP (NNP India)) (VP (VBD said) (SBAR (S (NP (NNP Pakistan)) (VP (VBD accused) "
                        + "(NP (NNP China)) (PP (IN of) (S (VP (VBG arresting) (NP (NNS students))))))))) (. .)))")))
                .containsExactly("IND CHN 112");
    }

    @Test
    void anUnbalancedParseAndADatelineAreReportedNotCoded() {
        assertThat(code("Pakistan accused India.", "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India)))")
                .outcome()).isEqualTo(SentenceCoding.Outcome.BAD_PARSE);
        assertThat(code("ISLAMABAD: Pakistan accused India.",
                "(ROOT (NP (NP (NNP ISLAMABAD)) (: :) (NP (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India)))) "
                        + "(. .)))").outcome()).isEqualTo(SentenceCoding.Outcome.DATELINE);
    }

    @Test
    void theOlderGigawordParseLayoutIsReadToo() {
        assertThat(triples(code("Pakistan accused India.",
                "( (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India))) (. .)))"))).containsExactly(
                "PAK IND 112");
    }

    @Test
    void duplicateEventsOfASentenceAreCodedOnce() {
        SentenceCoding c = code("Pakistan accused India and accused India again.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VP (VBD accused) (NP (NNP India))) (CC and) (VP (VBD accused) "
                        + "(NP (NNP India)) (ADVP (RB again)))) (. .)))");
        assertThat(triples(c)).containsExactly("PAK IND 112");
    }
}
