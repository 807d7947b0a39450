package org.dyadlab.coder.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadlab.coder.TestDictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbDictionaryReaderTest {
    @TempDir
    Path dir;

    private VerbDictionary testDictionary() {
        VerbDictionaryReader r = new VerbDictionaryReader();
        VerbDictionary d = r.read(TestDictionaries.file("test.verbs.txt"));
        assertThat(r.problems()).isEmpty();
        return d;
    }

    @Test
    void regularFormsAreGeneratedAndIrregularFormsReplaceThem() {
        VerbDictionary d = testDictionary();
        for (String form : List.of("ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING", "BLAME", "BLAMED", "DETAIN",
                "DETAINED")) {
            assertThat(d.entriesFor(form)).as(form).isNotEmpty();
        }
        assertThat(d.entriesFor("BLAMEING")).isEmpty();
        assertThat(d.entriesFor("MET").get(0).block().name()).isEqualTo("MEET");
        assertThat(d.entriesFor("ACCUSED").get(0).code()).isEqualTo(VerbCode.parse("112"));
    }

    @Test
    void multiWordVerbsKeepTheirOtherWords() {
        VerbEntry e = testDictionary().entriesFor("TURNED").get(0);
        assertThat(e.following()).containsExactly("DOWN");
        assertThat(e.preceding()).isEmpty();
        assertThat(e.block().name()).isEqualTo("REJECT");
    }

    @Test
    void patternsKeepTheirElementsInMatchingOrder() {
        VerbBlock sign = testDictionary().entriesFor("SIGN").get(0).block();
        VerbPattern p = sign.patterns().get(0);
        assertThat(p.before()).extracting(PatternElement::toString).containsExactly("$");
        assertThat(p.after()).extracting(PatternElement::toString).containsExactly("TRADE", "DEAL", "WITH", "+");
        assertThat(p.code().forward()).isEqualTo("057");
        assertThat(p.line()).isPositive();
        assertThat(sign.code().isNone()).isTrue();
    }

    @Test
    void synsetsGetPluralsUnlessMarkedAndPairCodesAreRead() {
        VerbDictionary d = testDictionary();
        Synset aid = d.synsets().get("&AID");
        assertThat(aid.phrases()).contains(List.of("MILITARY", "AID"), List.of("WEAPONS"), List.of("HELICOPTER"))
                .doesNotContain(List.of("HELICOPTERS"));
        assertThat(d.synsets().get("&NEGATION").phrases()).contains(List.of("DID", "N'T"))
                .doesNotContain(List.of("DID", "N'TS"));
        VerbCode pair = d.entriesFor("MEET").get(0).block().patterns().get(0).code();
        assertThat(pair.forward()).isEqualTo("046");
        assertThat(pair.backward()).isEqualTo("046");
    }

    @Test
    void connectorsDecideAdjacency() throws Exception {
        Path f = write("--- RESTORE [064] ---", "RESTORE", "- INDICATED_WOULD * NOW [1010]", "- IN_ * [075]",
                "- * (TO BORDER) {ARMS SHIPMENT} [072]");
        VerbDictionaryReader r = new VerbDictionaryReader();
        List<VerbPattern> p = r.read(f).entriesFor("RESTORE").get(0).block().patterns();
        assertThat(p.get(0).before()).extracting(PatternElement::word).containsExactly("WOULD", "INDICATED");
        assertThat(p.get(0).before()).extracting(PatternElement::adjacent).containsExactly(false, true);
        assertThat(p.get(0).after().get(0).adjacent()).isFalse();
        assertThat(p.get(1).before().get(0).adjacent()).as("'IN_ *' is a loose connector, as in PETRARCH").isFalse();
        assertThat(p.get(2).after()).extracting(PatternElement::word)
                .containsExactly("TO", "BORDER", "ARMS", "SHIPMENT");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void malformedEntriesAreSkippedAndReportedWithFileAndLine() throws Exception {
        Path f = write("- * ORPHAN [010]", "--- ATTACK [190] ---", "ATTACK", "- * &UNDEFINED [191]",
                "- NO VERB MARK [192]", "- * FINE [193]", "- * NO CODE");
        VerbDictionaryReader r = new VerbDictionaryReader();
        VerbDictionary d = r.read(f);
        assertThat(d.entriesFor("ATTACK").get(0).block().patterns()).extracting(VerbPattern::text)
                .containsExactly("- * FINE [193]");
        assertThat(r.problems()).extracting(DictionaryProblem::line).containsExactly(1, 4, 5, 7);
        assertThat(r.problems().get(1).message())
                .isEqualTo("verbs.txt line 4: synset &UNDEFINED is not defined: - * &UNDEFINED [191]");
    }

    @Test
    void strictLoadingRefusesADictionaryWithProblems() throws Exception {
        Path verbs = write("--- ATTACK [190] ---", "ATTACK", "- * &UNDEFINED [191]");
        Path actors = dir.resolve("actors.txt");
        Files.writeString(actors, "PAKISTAN [PAK]\n");
        DictionaryFiles files = new DictionaryFiles(verbs, List.of(actors), null, null, null);
        assertThat(files.load(false).problems()).hasSize(1);
        assertThatThrownBy(() -> files.load(true)).isInstanceOf(DictionaryException.class)
                .hasMessageContaining("verbs.txt line 3");
    }

    private Path write(String... lines) throws Exception {
        Path f = dir.resolve("verbs.txt");
        Files.write(f, List.of(lines));
        return f;
    }
}
