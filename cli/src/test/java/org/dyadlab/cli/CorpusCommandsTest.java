package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus, coding, agreement, matrix and exchange commands end to end on three small documents. */
class CorpusCommandsTest {
    @TempDir
    Path dir;

    private String ws;
    private Path docs;

    @BeforeEach
    void documents() throws Exception {
        ws = dir.resolve("ws").toString();
        docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("PAK_01_2017.txt"), "Terrorists have no safe havens in Pakistan.\n"
                + "The aid was suspended without reason. Trade must grow.\n");
        Files.writeString(docs.resolve("USA_01_2018.txt"), "Pakistan gives safe havens to the terrorists we fight.\n"
                + "We have suspended security assistance to Pakistan.\n");
        Files.writeString(docs.resolve("notes.html"), "<html><body><p>A note on <b>CPEC</b> & the Belt and Road."
                + "</p></body></html>");
    }

    private Cli ingest() {
        return Cli.run("corpus", "ingest", "-w", ws, docs.toString(), "--kind", "official",
                "--name-pattern", "(?<side>[A-Z]{3})_\\d+_(?<year>\\d{4})");
    }

    @Test
    void ingestSearchListAndReingest() {
        Cli first = ingest();
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("added       PAK_01_2017").contains("added 3");
        assertThat(ingest().out()).contains("unchanged 3");

        Cli search = Cli.run("corpus", "search", "-w", ws, "safe havens", "--kind", "official", "--side", "PAK");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("PAK_01_2017").contains("[safe havens]").doesNotContain("USA_01_2018")
                .contains("1 of 1 matching documents");
        Cli byDate = Cli.run("corpus", "search", "-w", ws, "havens", "--from", "2018-01-01", "--format", "json");
        assertThat(byDate.out()).contains("\"document\" : \"USA_01_2018\"").doesNotContain("PAK_01_2017");

        Cli list = Cli.run("corpus", "list", "-w", ws, "--format", "csv");
        assertThat(list.out()).startsWith("document,kind,side,date,version,title,source")
                .contains("PAK_01_2017,official,PAK,2017-01-01,1");
    }

    @Test
    void ruleCodingManualCodingAgreementMatricesAndExports() throws Exception {
        ingest();
        Cli rules = Cli.run("code", "rules", "-w", ws);
        assertThat(rules.exit()).as(rules.err()).isZero();
        assertThat(rules.out()).contains("economic.aid-suspension").contains("coded 3 documents");

        // alice codes the aid sentence of the Pakistani statement by hand, with a memo
        Cli passage = Cli.run("code", "passage", "PAK_01_2017", "-w", ws, "--span", "44:81", "--code",
                "economic.aid-suspension", "--coder", "alice", "--memo", "Names no donor.");
        assertThat(passage.exit()).as(passage.err()).isZero();
        assertThat(passage.out()).contains("The aid was suspended without reason.").contains("memo 1 on passage");
        assertThat(Cli.run("code", "memo", "-w", ws, "--code", "economic", "--author", "alice", "Broad.").exit())
                .isZero();

        Cli agreement = Cli.run("agreement", "-w", ws, "--coders", "rules,alice", "--codes",
                "economic.aid-suspension", "--documents", "PAK_01_2017", "--format", "json");
        assertThat(agreement.exit()).as(agreement.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(agreement.out());
        assertThat(rows.get(0).get("units").asText()).isEqualTo("all");
        assertThat(rows.get(0).get("kappa").asDouble()).isEqualTo(1.0);
        Cli table = Cli.run("agreement", "-w", ws, "--coders", "rules,alice", "--codes", "political");
        assertThat(table.out()).contains("n/a");

        Cli freq = Cli.run("matrix", "frequency", "-w", ws, "--by", "side", "--coder", "rules", "--format", "csv");
        assertThat(freq.exit()).as(freq.err()).isZero();
        assertThat(freq.out()).contains("code,PAK,USA,unstated").contains("strategic.counter-terrorism,1,1,0");
        assertThat(Cli.run("matrix", "cooccurrence", "-w", ws).out()).contains("co-occurrence");
        assertThat(Cli.run("matrix", "frequency", "-w", ws).out()).contains("2017").contains("2018");

        Path qdpx = dir.resolve("out.qdpx");
        Cli export = Cli.run("export", "qdpx", "-w", ws, qdpx.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("3 documents");
        assertThat(Cli.run("export", "qdc", "-w", ws, dir.resolve("book.qdc").toString()).exit()).isZero();
        Cli csv = Cli.run("export", "passages", "-w", ws, "--coder", "alice");
        assertThat(csv.out()).contains("passage_id,document_id").contains("The aid was suspended without reason.");

        String other = dir.resolve("other").toString();
        Cli imported = Cli.run("import", "qdpx", "-w", other, qdpx.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("3 documents added").contains("2 memos");
        assertThat(Files.readString(dir.resolve("other/codebook.yaml"))).contains("aid-suspension");
        assertThat(Cli.run("corpus", "search", "-w", other, "havens").out()).contains("2 of 2");
    }

    @Test
    void codebookShowAndValidate() throws Exception {
        assertThat(Cli.run("codebook", "show").out()).contains("economic.aid-suspension — Aid suspension");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\ncodes:\n  - id: A B\n");
        Cli v = Cli.run("codebook", "validate", bad.toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.out()).contains("error: code A B");
        Path good = Files.writeString(dir.resolve("good.yaml"), Cli.run("codebook", "show", "--yaml").out());
        assertThat(Cli.run("codebook", "validate", good.toString()).out()).contains("valid, 15 codes (3 factors)");
    }

    @Test
    void badArgumentsAreUsageErrorsAndBadDataIsExitOne() throws Exception {
        ingest();
        Cli span = Cli.run("code", "passage", "PAK_01_2017", "-w", ws, "--span", "40-80", "--code", "economic",
                "--coder", "alice");
        assertThat(span.exit()).isEqualTo(2);
        assertThat(span.err()).contains("START:END");
        Cli unknownDoc = Cli.run("code", "passage", "NOPE", "-w", ws, "--span", "0:4", "--code", "economic",
                "--coder", "alice");
        assertThat(unknownDoc.exit()).isEqualTo(2);
        assertThat(unknownDoc.err()).contains("no document NOPE");
        Cli unknownCode = Cli.run("code", "passage", "PAK_01_2017", "-w", ws, "--span", "0:4", "--code", "nope",
                "--coder", "alice");
        assertThat(unknownCode.err()).contains("not in codebook pak-usa");
        assertThat(Cli.run("corpus", "search", "-w", ws, "\"unclosed").exit()).isEqualTo(2);
        assertThat(Cli.run("corpus", "search", "-w", ws, "x", "--kind", "blog").exit()).isEqualTo(2);
        assertThat(Cli.run("agreement", "-w", ws, "--coders", "rules").exit()).isEqualTo(2);
        assertThat(Cli.run("corpus", "list", "-w", dir.resolve("empty").toString()).exit()).isEqualTo(2);
        Path badBook = Files.writeString(dir.resolve("bad.yaml"), "name: x\ncodes: []\n");
        Cli rules = Cli.run("code", "rules", "-w", ws, "--codebook", badBook.toString());
        assertThat(rules.exit()).isEqualTo(1);
        assertThat(rules.err()).contains("is not a valid codebook").doesNotContain("Exception");
        Cli notQdpx = Cli.run("import", "qdpx", "-w", ws, docs.resolve("notes.html").toString());
        assertThat(notQdpx.exit()).isEqualTo(1);
    }

    @Test
    void aHostileFileIsReportedAndTheBatchGoesOn() throws Exception {
        Files.writeString(docs.resolve("broken.pdf"), "%PDF-1.7 not really");
        Cli r = Cli.run("corpus", "ingest", "-w", ws, docs.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("FAILED").contains("broken.pdf").contains("added 3").contains("failed 1");
        assertThat(Cli.run("corpus", "ingest", "-w", ws, docs.toString(), "--strict").exit()).isEqualTo(1);
    }
}
