package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code code parsed} and {@code eval petrarch-suite} end to end, on small files written here. */
class CoderCommandsTest {
    private static final String ACCUSE = "(ROOT (S (NP (NNP Pakistan)) (VP (VBD accused) (NP (NNP India))) (. .)))";

    @TempDir
    Path dir;

    private Path dictionaries;
    private Path input;

    @BeforeEach
    void files() throws Exception {
        dictionaries = Files.createDirectory(dir.resolve("dict"));
        Files.write(dictionaries.resolve("PETR.Validate.verbs.txt"), List.of("--- ACCUSE [112] ---", "ACCUSE",
                "--- ALLEGE [1120] ---", "ALLEGE", "--- DENY [---] ---", "DENY", "- * &MISSING [140]"));
        Files.write(dictionaries.resolve("PETR.Validate.actors.txt"), List.of("PAKISTAN [PAK]", "INDIA [IND]"));
        Files.write(dictionaries.resolve("PETR.Validate.agents.txt"), List.of("POLICE {} [~COP]"));
        Files.write(dictionaries.resolve("PETR.Validate.discards.txt"), List.of("CRICKET"));
        input = dir.resolve("in.xml");
        Files.writeString(input, "<Sentences>"
                + sentence("A_1", "Pakistan accused India.", ACCUSE)
                + sentence("A_2", "Pakistan alleged India.",
                "(ROOT (S (NP (NNP Pakistan)) (VP (VBD alleged) (NP (NNP India))) (. .)))")
                + sentence("B_1", "Cricket: Pakistan accused India.", ACCUSE)
                + "<Sentence id=\"C_1\" date=\"2015\"><Text>x</Text><Parse>(ROOT (S (NN x)))</Parse></Sentence>"
                + "</Sentences>");
    }

    private static String sentence(String id, String text, String parse) {
        return "<Sentence id=\"" + id + "\" date=\"20150301\"><Text>" + text + "</Text><Parse>" + parse
                + "</Parse></Sentence>";
    }

    @Test
    void codeParsedWritesEventsAsCsvWithEvidenceAndASummary() throws Exception {
        Cli r = Cli.run("code", "parsed", input.toString(), "--dictionaries", dictionaries.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("sentence_id")).isEqualTo("A_1");
        assertThat(rows.get(0).get("source") + " " + rows.get(0).get("target") + " " + rows.get(0).get("event_code"))
                .isEqualTo("PAK IND 112");
        assertThat(rows.get(0).get("verb")).isEqualTo("accused");
        assertThat(rows.get(0).get("rule")).isEqualTo("ACCUSED [112]");
        assertThat(rows.get(0).get("event_id")).startsWith("coder:h");
        assertThat(rows.get(1).get("event_code")).isEqualTo("1120");
        assertThat(rows.get(1).get("event_id")).as("1120 is not CAMEO").isEmpty();
        assertThat(r.err()).contains("coded 2 events from 3 sentences (0 without events, 1 discarded, 0 not codable)")
                .contains("skipped line 1 (C_1): date '2015' is not YYYYMMDD")
                .contains("1 dictionary entries could not be read")
                .contains("PETR.Validate.verbs.txt line 7")
                .contains("1 x event code '1120' is not in the CAMEO table");
    }

    @Test
    void codeParsedWritesJsonAndLoadsTheStoreOnRequest() throws Exception {
        Path ws = dir.resolve("ws");
        Cli r = Cli.run("code", "parsed", input.toString(), "--dictionaries", dictionaries.toString(), "--format",
                "json", "--store", "-w", ws.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("source_text").asText()).isEqualTo("Pakistan");
        assertThat(r.err()).contains("stored: imported 1, duplicates 0");
        Cli again = Cli.run("code", "parsed", input.toString(), "--dictionaries", dictionaries.toString(), "--store",
                "-w", ws.toString(), "-o", dir.resolve("out.csv").toString());
        assertThat(again.err()).as("stable ids: a second run adds nothing").contains("imported 0, duplicates 1");
        Cli events = Cli.run("events", "-w", ws.toString(), "--dyad", "PAK-IND");
        assertThat(events.out()).contains("coder,A_1");
    }

    @Test
    void codeParsedUsageErrorsAndBadDictionaries() throws Exception {
        assertThat(Cli.run("code", "parsed", dir.resolve("missing.xml").toString(), "--dictionaries",
                dictionaries.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("code", "parsed", input.toString(), "--dictionaries", dir.resolve("nope").toString())
                .exit()).isEqualTo(2);
        Cli strict = Cli.run("code", "parsed", input.toString(), "--dictionaries", dictionaries.toString(),
                "--strict-dictionaries");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err()).contains("PETR.Validate.verbs.txt line 7: synset &MISSING is not defined")
                .doesNotContain("Exception");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli none = Cli.run("code", "parsed", input.toString(), "--dictionaries", empty.toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no dictionary set in");
    }

    @Test
    void evalScoresASuiteWithItsOwnDictionaries() throws Exception {
        Path suite = dictionaries.resolve("suite.xml");
        Files.writeString(suite, "<Validation><Environment><Verbfile>PETR.Validate.verbs.txt</Verbfile>"
                + "<Actorfile>PETR.Validate.actors.txt</Actorfile><Agentfile>PETR.Validate.agents.txt</Agentfile>"
                + "<Discardfile>PETR.Validate.discards.txt</Discardfile><Include>valid DEMO</Include></Environment>"
                + "<Sentences>"
                + "<Sentence date=\"20150301\" id=\"DEMO-1\" category=\"DEMO\" sentence=\"true\">"
                + "<EventCoding sourcecode=\"PAK\" targetcode=\"IND\" eventcode=\"112\"/><Text>t</Text>"
                + "<Parse>" + ACCUSE + "</Parse></Sentence>"
                + "<Sentence date=\"20150301\" id=\"DEMO-2\" category=\"DEMO\" sentence=\"true\">"
                + "<EventCoding noevents=\"True\"/><Text>t</Text><Parse>" + ACCUSE + "</Parse></Sentence>"
                + "</Sentences></Validation>");
        Cli r = Cli.run("eval", "petrarch-suite", suite.toString(), "--failures");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("records passed: 1/2 (50.0%); crashes: 0")
                .contains("triples: expected 1, coded 2, matched 1; precision 0.500, recall 1.000")
                .containsPattern("DEMO +2 +1 +1 +2 +1 +0.500 +1.000")
                .contains("FAILED DEMO-2 [DEMO]").contains("expected no events").contains("coded    [PAK IND 112]");
        JsonNode json = new ObjectMapper().readTree(Cli.run("eval", "petrarch-suite", suite.toString(), "--json").out());
        assertThat(json.get("passed").asInt()).isEqualTo(1);
        assertThat(json.get("results").get(1).get("passed").asBoolean()).isFalse();
        assertThat(Cli.run("eval", "petrarch-suite", dir.resolve("nope.xml").toString()).exit()).isEqualTo(2);
        Path notXml = dir.resolve("bad.xml");
        Files.writeString(notXml, "<Validation>");
        Cli bad = Cli.run("eval", "petrarch-suite", notXml.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("not well-formed XML");
    }

    @Test
    @SharedDataTest
    void theRealSuiteRunsWithoutACrash() {
        Path suite = SharedData.resolve("petrarch2/validation/PETR.UnitTest.records.xml");
        Cli r = Cli.run("eval", "petrarch-suite", suite.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("records passed: 2\\d\\d/284 \\(\\d+\\.\\d%\\); crashes: 0");
    }
}
