package org.dyadlab.coder.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscardAndIssueTest {
    @TempDir
    Path dir;

    @Test
    void discardsMatchAtWordStartsAsStemsOrWholeWordsAndStoryDiscardsWin() throws Exception {
        Path f = dir.resolve("discards.txt");
        Files.write(f, List.of("BASEBALL", "TEST_MATCH_", "+WORLD CUP   # comment", "Manchester United"));
        DiscardList d = new DiscardListReader().read(f);
        assertThat(d.check("They played baseballs.")).get().extracting(h -> h.discard().phrase())
                .isEqualTo("BASEBALL");
        assertThat(d.check("A mini-baseball game")).isEmpty();
        assertThat(d.check("The test match ended")).get().extracting(DiscardList.Hit::story).isEqualTo(false);
        assertThat(d.check("The test matchup ended")).isEmpty();
        assertThat(d.check("Baseball at the  World\nCup")).get().extracting(DiscardList.Hit::story).isEqualTo(true);
        assertThat(d.check("manchester united won")).isPresent();
        assertThat(d.check("Nothing to see")).isEmpty();
    }

    @Test
    void issuePhrasesExpandAndAreCountedOncePerPhrase() throws Exception {
        Path f = dir.resolve("issues.txt");
        Files.write(f, List.of("<ISSUE CATEGORY=\"X\">", "n:refugee [REFUGEES]", "war n:crime [WAR_CRIMES]",
                "v:smuggle [SMUGGLING]", "pre+n:school [SCHOOLS]", "e.u. [EU]", "~refugee football", "orphan line"));
        IssueDictionaryReader r = new IssueDictionaryReader();
        IssueDictionary d = r.read(f);
        assertThat(r.problems()).extracting(DictionaryProblem::line).containsExactly(8);
        assertThat(d.issuesOf("Refugees accused of war crimes smuggled refugees into pre-schools via the E.U."))
                .extracting(i -> i.code() + " " + i.count())
                .containsExactly("REFUGEES 1", "WAR_CRIMES 1", "SMUGGLING 1", "SCHOOLS 1", "EU 1");
        assertThat(d.issuesOf("A refugee football match")).isEmpty();
        assertThat(d.issuesOf("Refugeeship")).isEmpty();
    }

    @Test
    void phrasePatternsReadTheirConnectors() {
        PhrasePattern p = PhrasePattern.parse("PRIME_MINISTER OF  DEFENCE_");
        assertThat(p.words()).containsExactly("PRIME", "MINISTER", "OF", "DEFENCE");
        assertThat(p.adjacent()).containsExactly(true, false, false);
        assertThat(p.matchAt(List.of("PRIME", "MINISTER", "X", "OF", "Y", "DEFENCE"), 0)).isEqualTo(6);
        assertThat(p.matchAt(List.of("PRIME", "X", "MINISTER", "OF", "DEFENCE"), 0)).isEqualTo(-1);
        assertThat(p.toString()).isEqualTo("PRIME_MINISTER OF DEFENCE");
    }

    @Test
    void regularWordForms() {
        assertThat(WordForms.verbForms("ATTACK")).containsExactly("ATTACKS", "ATTACKED", "ATTACKING");
        assertThat(WordForms.verbForms("ARRIVE")).containsExactly("ARRIVES", "ARRIVED", "ARRIVING");
        assertThat(WordForms.verbForms("DENY")).containsExactly("DENIES", "DENIED", "DENYING");
        assertThat(WordForms.verbForms("PUSH")).containsExactly("PUSHES", "PUSHED", "PUSHING");
        assertThat(WordForms.plural("DAY")).isEqualTo("DAYS");
        assertThat(WordForms.plural("AUTHORITY")).isEqualTo("AUTHORITIES");
    }
}
