package org.dyadlab.coder.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.TestDictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's scoring semantics on a small suite written for this test. */
class SuiteRunnerTest {
    private static final String ACCUSE = "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India))) (. .)))";
    private static final String MILITANTS = "(ROOT (S (NP (NNS Militants)) (VP (VBD accused) (NP (NNP India))) (. .)))";

    @TempDir
    Path dir;

    private SuiteReport run(String sentences) throws Exception {
        Path f = dir.resolve("suite.xml");
        Files.writeString(f, "<Validation><Environment><Verbfile>v</Verbfile><Actorfile>a</Actorfile>"
                + "<Include>valid DEMO ERROR</Include></Environment><Sentences>" + sentences
                + "</Sentences></Validation>");
        SuiteFile suite = SuiteReader.read(f);
        return new SuiteRunner(new EventCoder(TestDictionaries.load())).run(suite, CodingOptions.defaults());
    }

    private static String record(String id, String category, String codings, String parse) {
        return "<Sentence date=\"20150301\" id=\"" + id + "\" category=\"" + category + "\" sentence=\"true\">"
                + codings + "<Text>text</Text><Parse>" + parse + "</Parse></Sentence>";
    }

    private static String coding(String s, String t, String e) {
        return "<EventCoding sourcecode=\"" + s + "\" targetcode=\"" + t + "\" eventcode=\"" + e + "\"/>";
    }

    @Test
    void aRecordPassesOnlyWhenCodedAndExpectedTriplesMatchOneToOne() throws Exception {
        SuiteReport r = run(record("OK", "DEMO", coding("PAK", "IND", "112"), ACCUSE)
                + record("MISSING", "DEMO", coding("PAK", "IND", "112") + coding("PAK", "IND", "112"), ACCUSE)
                + record("WRONG", "DEMO", coding("PAK", "IND", "111"), ACCUSE)
                + record("EXTRA", "DEMO", "<EventCoding noevents=\"True\"/>", ACCUSE)
                + record("EMPTY", "DEMO", "<EventCoding noevents=\"True\"/>", MILITANTS));
        assertThat(r.results()).extracting(x -> x.record().id() + "=" + x.passed())
                .containsExactly("OK=true", "MISSING=false", "WRONG=false", "EXTRA=false", "EMPTY=true");
        assertThat(r.passed()).isEqualTo(2);
        assertThat(r.expectedTriples()).isEqualTo(4);
        assertThat(r.codedTriples()).isEqualTo(4);
        assertThat(r.matchedTriples()).isEqualTo(2);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
    }

    @Test
    void configElementsApplyToTheRecordsAfterThem() throws Exception {
        SuiteReport r = run(record("BEFORE", "DEMO", "<EventCoding noevents=\"True\"/>", MILITANTS)
                + "<Config option=\"require_dyad\" value=\"False\"/>"
                + record("AFTER", "DEMO", coding("---", "IND", "112"), MILITANTS)
                + "<Config option=\"no_such_option\" value=\"1\"/>");
        assertThat(r.results()).extracting(RecordResult::passed).containsExactly(true, true);
        assertThat(r.warnings()).singleElement().asString().contains("unknown coding option 'no_such_option'");
    }

    @Test
    void anErrorRecordPassesOnlyWithThatError() throws Exception {
        SuiteReport r = run(record("UNBALANCED", "ERROR", "<EventCoding error=\"bad_input_parse\"/>", "(ROOT (S")
                + record("NOT-AN-ERROR", "ERROR", "<EventCoding error=\"bad_input_parse\"/>", ACCUSE)
                + record("OTHER", "OTHER", coding("PAK", "IND", "112"), ACCUSE));
        assertThat(r.results()).extracting(RecordResult::passed).containsExactly(true, false, true);
        assertThat(r.expectedTriples()).as("error records count no triples").isEqualTo(1);
        assertThat(r.selected()).as("OTHER is not in <Include>").isEqualTo(2);
        assertThat(r.categories()).extracting(CategoryScore::category).containsExactly("ERROR", "OTHER");
    }

    @Test
    void oneToOneMatchingCountsEachExpectedTripleOnce() {
        CodedTriple a = new CodedTriple("A", "B", "010");
        assertThat(SuiteRunner.matchOneToOne(List.of(a, a), List.of(a))).isEqualTo(1);
        assertThat(SuiteRunner.matchOneToOne(List.of(a), List.of(a, a))).isEqualTo(1);
        assertThat(SuiteRunner.matchOneToOne(List.of(), List.of(a))).isZero();
    }

    @Test
    void emptyReportsHaveNoPrecisionOrRecall() {
        SuiteReport empty = new SuiteReport(List.of(), List.of());
        assertThat(empty.precision()).isNaN();
        assertThat(empty.recall()).isNaN();
        assertThat(empty.passed()).isZero();
    }
}
