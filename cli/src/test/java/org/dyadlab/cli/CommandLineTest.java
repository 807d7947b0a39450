package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands end to end, in-process: output, JSON, exit codes 0/1/2, messages instead of stack traces. */
class CommandLineTest {
    @TempDir
    Path dir;

    private Path ws;
    private Path gdelt;

    @BeforeEach
    void sample() throws Exception {
        ws = dir.resolve("ws");
        gdelt = dir.resolve("sample.export.CSV");
        new SyntheticGdelt(500, 9, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31), "PAK", "USA", 5).write(gdelt);
    }

    private Cli importSample(String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "events", "-w", ws.toString(), "--format", "gdelt2", "-q"));
        args.addAll(List.of(extra));
        args.add(gdelt.toString());
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        assertThat(all).hasSizeGreaterThan(6);
        for (CommandLine c : all) {
            if (c.getCommandName().equals("help")) {
                continue;
            }
            String usage = c.getUsageMessage();
            assertThat(usage).as(c.getCommandSpec().qualifiedName()).contains("Example");
            assertThat(usage).as(c.getCommandSpec().qualifiedName()).contains("--help");
        }
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, into));
    }

    @Test
    void importPrintsASummaryAndReimportCountsDuplicates() {
        Cli first = importSample();
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("read 500, imported 500, duplicates 0");
        Cli second = importSample();
        assertThat(second.out()).contains("imported 0, duplicates 500 (same id 500");
    }

    @Test
    void importJsonSummaryIsMachineReadable() throws Exception {
        Cli r = importSample("--json");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("read").asLong()).isEqualTo(500);
        assertThat(json.get(0).get("imported").asLong()).isEqualTo(500);
        assertThat(json.get(0).get("rejected").asLong()).isZero();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli r = Cli.run("import", "events", "-w", ws.toString(), "--format", "acled", gdelt.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'acled'").contains("phoenix or dyadlab");
    }

    @Test
    void theImportHelpNamesEveryFormat() {
        String usage = Main.commandLine().getSubcommands().get("import").getSubcommands().get("events").getUsageMessage();
        for (org.dyadlab.events.EventFormat f : org.dyadlab.events.EventFormat.values()) {
            assertThat(usage).as(f.key()).contains(f.key());
        }
        assertThat(usage).contains("--format phoenix");
    }

    @Test
    void phoenixDailyFilesImportAndABadRowIsNamedByLineAndColumn() throws Exception {
        Path phoenix = dir.resolve("events.full.20170105.txt");
        String good = String.join("\t", "7000001", "20170105", "2017", "01", "05", "PAKGOV", "PAK", "GOV", "",
                "USAGOV", "USA", "GOV", "", "042", "04", "1", "1.9", "", "", "", "", "", "", "s1-1",
                "https://news.example.org/visit", "example_news");
        Files.write(phoenix, List.of(good, good.replace("7000001", "7000002").replace("\t042\t", "\t13y\t")),
                StandardCharsets.UTF_8);
        Cli r = Cli.run("import", "events", "-w", ws.toString(), "--format", "phoenix", "-q", phoenix.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("(phoenix): read 2, imported 1").contains("rejected 1")
                .contains(phoenix + ":2: EventCode: unknown CAMEO event code '13y'");
    }

    @Test
    void aMissingFileIsNamedAndNothingIsImported() {
        Cli r = Cli.run("import", "events", "-w", ws.toString(), "--format", "gdelt2", gdelt.toString(),
                dir.resolve("none.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file: ").contains("none.csv").doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("imported");
    }

    @Test
    void aFileThatIsNotGdeltAtAllIsReportedRowByRowNotAsACrash() throws Exception {
        Path notGdelt = dir.resolve("notes.txt");
        Files.write(notGdelt, List.of("Dear colleague,", "please find attached"), StandardCharsets.UTF_8);
        Cli r = Cli.run("import", "events", "-w", ws.toString(), "--format", "gdelt2", "-q", notGdelt.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("read 2, imported 0").contains("rejected 2")
                .contains("notes.txt:1: (record): 1 columns, expected 61");
    }

    @Test
    void readingCommandsDoNotCreateAStore() {
        Path empty = dir.resolve("nothing-here");
        assertThat(Cli.run("events", "-w", empty.toString()).exit()).isEqualTo(2);
        assertThat(empty.resolve("dyadlab.duckdb")).doesNotExist();
    }

    @Test
    void strictImportOfABadFileFailsWithTheRecordsLocation() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(gdelt, StandardCharsets.UTF_8));
        lines.set(7, "broken");
        Files.write(gdelt, lines, StandardCharsets.UTF_8);
        Cli r = importSample("--strict");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("sample.export.CSV:8: (record): 1 columns, expected 61");
        assertThat(Cli.run("info", "-w", ws.toString()).out()).contains("events:         0");
    }

    @Test
    void eventsExportsTheDyadAsCsvAndJson() throws Exception {
        importSample();
        Cli csv = Cli.run("events", "-w", ws.toString(), "--dyad", "pak-usa");
        assertThat(csv.exit()).isZero();
        String[] rows = csv.out().split("\r\n");
        assertThat(rows[0]).startsWith("event_id,event_date,date_precision,source_name");
        assertThat(rows.length).isGreaterThan(50);
        Cli directed = Cli.run("events", "-w", ws.toString(), "--dyad", "USA-PAK", "--directed", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(directed.out());
        assertThat(json.size()).isPositive().isLessThan(rows.length - 1);
        for (JsonNode e : json) {
            assertThat(e.get("source_country").asText()).isEqualTo("USA");
            assertThat(e.get("target_country").asText()).isEqualTo("PAK");
            assertThat(e.get("goldstein").isNumber()).isTrue();
        }
        Cli ranged = Cli.run("events", "-w", ws.toString(), "--from", "2018-01-01", "--to", "2018-01-31", "--format", "jsonl");
        for (String line : ranged.out().strip().split("\n")) {
            String date = new ObjectMapper().readTree(line).get("event_date").asText();
            assertThat(LocalDate.parse(date)).isBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 31));
        }
    }

    @Test
    void eventsExportsParquetToAFile() {
        importSample();
        Path out = dir.resolve("e.parquet");
        Cli r = Cli.run("events", "-w", ws.toString(), "--format", "parquet", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("wrote 500 events");
        assertThat(out).isRegularFile();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(Cli.run("events", "-w", ws.toString(), "--directed").exit()).isEqualTo(2);
        assertThat(Cli.run("events", "-w", ws.toString(), "--dyad", "PAKISTAN").exit()).isEqualTo(2);
        assertThat(Cli.run("events", "-w", ws.toString(), "--from", "2019-01-01", "--to", "2018-01-01").exit())
                .isEqualTo(2);
        assertThat(Cli.run("events", "-w", ws.toString(), "--from", "yesterday").exit()).isEqualTo(2);
        assertThat(Cli.run("events", "-w", ws.toString(), "--format", "parquet").err()).contains("needs --output");
        assertThat(Cli.run("info", "-w", dir.resolve("empty").toString()).exit()).isEqualTo(2);
    }

    @Test
    void infoReportsOriginsAndTheImportLog() throws Exception {
        importSample();
        Cli r = Cli.run("info", "-w", ws.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("events").asLong()).isEqualTo(500);
        assertThat(json.get("schema_version").asInt()).isEqualTo(5);
        assertThat(json.get("origins").get(0).get("origin").asText()).isEqualTo("gdelt2");
        assertThat(json.get("imports")).hasSize(1);
    }

    @Test
    void cameoLooksUpCodes() {
        Cli r = Cli.run("cameo", "1621");
        assertThat(r.out()).contains("1621").contains("Reduce or stop economic assistance").contains("-5.6");
        assertThat(Cli.run("cameo", "99").exit()).isEqualTo(2);
    }

    @Test
    void demoOnTheCaseFolderAloneWritesTheReportAndPrintsItsFindings() throws Exception {
        Path ws = dir.resolve("demo");
        Cli r = Cli.run("demo", "--no-data", "-w", ws.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("validated: ").contains("0 problems").contains("No data folder")
                .contains("Findings:").contains("US aid: ").contains("FATF: ");
        assertThat(ws.resolve("report/report.json")).isRegularFile();
        JsonNode report = new ObjectMapper().readTree(ws.resolve("report/report.json").toFile());
        assertThat(report.get("findings").size()).isGreaterThanOrEqualTo(5);
        assertThat(report.get("findings").get(0).get("supporting")).isNotEmpty();
    }

    @Test
    void theBuiltInCaseValidatesAndExportsItsBibliography() throws Exception {
        String folder = DemoCommand.builtInCase().toString();
        Cli v = Cli.run("case", "validate", folder);
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).contains("OK");
        Cli csl = Cli.run("case", "bib", folder, "--format", "csl-json");
        JsonNode items = new ObjectMapper().readTree(csl.out());
        assertThat(items.size()).isGreaterThanOrEqualTo(60);
        assertThat(items.get(0).get("id").asText()).isNotBlank();
        assertThat(items.get(0).get("issued").get("date-parts").get(0).get(0).asInt()).isBetween(2012, 2025);
        assertThat(Cli.run("case", "bib", folder).out()).startsWith("@online{");
        assertThat(Cli.run("case", "validate", dir.resolve("nowhere").toString()).exit()).isEqualTo(2);
    }
}
