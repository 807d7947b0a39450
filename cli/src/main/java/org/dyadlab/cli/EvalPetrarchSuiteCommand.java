package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.coder.eval.CategoryScore;
import org.dyadlab.coder.eval.RecordResult;
import org.dyadlab.coder.eval.SuiteFile;
import org.dyadlab.coder.eval.SuiteReader;
import org.dyadlab.coder.eval.SuiteReport;
import org.dyadlab.coder.eval.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab eval petrarch-suite}: runs the PETRARCH unit-test suite and scores it with its own rules. */
@Command(name = "petrarch-suite", mixinStandardHelpOptions = true,
        description = {"Run a PETRARCH validation suite (PETR.UnitTest.records.xml) with the suite's own semantics: "
                + "records in order with <Config> applied as met; a record passes only if its coded triples equal the "
                + "expected ones one-to-one, a noevents record only if nothing is coded, an error record only if "
                + "that error or discard is produced.",
            "Prints records passed/scored, triple precision and recall, and a table per category. Every record is "
                    + "scored; the count the suite's own <Include> list and sentence=\"false\" marks select is shown "
                    + "beside it."},
        footer = {"", "Examples:",
            "  dyadlab eval petrarch-suite PETR.UnitTest.records.xml",
            "  dyadlab eval petrarch-suite PETR.UnitTest.records.xml --failures",
            "  dyadlab eval petrarch-suite PETR.UnitTest.records.xml --text",
            "  dyadlab eval petrarch-suite PETR.UnitTest.records.xml --json > suite.json"})
final class EvalPetrarchSuiteCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The suite file (PETR.UnitTest.records.xml).")
    Path file;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder holding the dictionaries the suite's <Environment> names (default: the suite's "
                    + "own folder).")
    Path dictionaries;

    @Option(names = "--json", description = "Print the scores (and every record's result) as JSON.")
    boolean json;

    @Option(names = "--text",
            description = "Code each record's raw <Text> with the text front end instead of its <Parse>, and print "
                    + "the parse-tree path's pass count beside it.")
    boolean text;

    @Option(names = "--failures", description = "Also list each failed record with its expected and coded triples.")
    boolean failures;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        SuiteFile suite = SuiteReader.read(file);
        Path dir = dictionaries != null ? dictionaries : file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--dictionaries " + dir + " is not a folder");
        }
        DictionaryFiles files = new DictionaryFiles(dir.resolve(suite.verbFile()),
                List.of(dir.resolve(suite.actorFile())),
                suite.agentFile() == null ? null : dir.resolve(suite.agentFile()),
                suite.discardFile() == null ? null : dir.resolve(suite.discardFile()), null).requireExisting();
        Dictionaries d = files.load(false);
        SuiteRunner runner = new SuiteRunner(new EventCoder(d));
        SuiteReport report = runner.run(suite, CodingOptions.defaults());
        PrintWriter out = spec.commandLine().getOut();
        if (text) {
            SuiteReport trees = report;
            report = runner.run(org.dyadlab.textcoder.eval.RawTextSuite.of(suite,
                    org.dyadlab.textcoder.nlp.EnglishModels.load()), CodingOptions.defaults());
            if (!json) {
                out.printf("raw text (text front end): %d/%d records; parse trees: %d/%d%n", report.passed(),
                        report.records(), trees.passed(), trees.records());
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    toJson(report, d)));
            return 0;
        }
        printText(out, report, d);
        return 0;
    }

    private void printText(PrintWriter out, SuiteReport r, Dictionaries d) {
        out.printf("records passed: %d/%d (%.1f%%); crashes: %d%n", r.passed(), r.records(),
                100.0 * r.passed() / Math.max(1, r.records()), r.crashes());
        out.printf("  of the %d records the suite's <Include> and sentence attributes select: %d passed%n",
                r.selected(), r.selectedPassed());
        out.printf("triples: expected %d, coded %d, matched %d; precision %.3f, recall %.3f%n", r.expectedTriples(),
                r.codedTriples(), r.matchedTriples(), r.precision(), r.recall());
        out.println();
        out.printf("  %-10s %8s %7s %9s %6s %8s %9s %7s%n", "category", "records", "passed", "expected", "coded",
                "matched", "precision", "recall");
        for (CategoryScore c : r.categories()) {
            out.printf("  %-10s %8d %7d %9d %6d %8d %9s %7s%n", c.category(), c.records(), c.passed(), c.expected(),
                    c.coded(), c.matched(), ratio(c.matched(), c.coded()), ratio(c.matched(), c.expected()));
        }
        if (!d.problems().isEmpty()) {
            out.println();
            out.printf("%d dictionary entries could not be read and were skipped:%n", d.problems().size());
            d.problems().forEach(p -> out.println("  " + p.message()));
        }
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
        if (failures) {
            out.println();
            for (RecordResult f : r.failures()) {
                out.printf("FAILED %s [%s]%s line %d%n", f.record().id(), f.record().category(),
                        f.selected() ? "" : " (not selected by the suite)", f.record().line());
                out.println("  expected " + (f.record().error() != null ? "error " + f.record().error()
                        : triples(f.record().expected())));
                out.println("  coded    " + (f.crash() != null ? "CRASH " + f.crash()
                        : f.outcome().equals("coded") ? triples(f.coded()) : f.outcome()));
            }
        }
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format("%.3f", (double) a / b);
    }

    private static String triples(List<CodedTriple> t) {
        return t.isEmpty() ? "no events" : t.toString();
    }

    private static Map<String, Object> toJson(SuiteReport r, Dictionaries d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", r.records());
        m.put("passed", r.passed());
        m.put("crashes", r.crashes());
        m.put("selected", r.selected());
        m.put("selected_passed", r.selectedPassed());
        m.put("expected_triples", r.expectedTriples());
        m.put("coded_triples", r.codedTriples());
        m.put("matched_triples", r.matchedTriples());
        m.put("precision", Double.isNaN(r.precision()) ? null : r.precision());
        m.put("recall", Double.isNaN(r.recall()) ? null : r.recall());
        List<Map<String, Object>> cats = new ArrayList<>();
        for (CategoryScore c : r.categories()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("category", c.category());
            cm.put("records", c.records());
            cm.put("passed", c.passed());
            cm.put("expected", c.expected());
            cm.put("coded", c.coded());
            cm.put("matched", c.matched());
            cats.add(cm);
        }
        m.put("categories", cats);
        List<Map<String, Object>> results = new ArrayList<>();
        for (RecordResult x : r.results()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", x.record().id());
            rm.put("category", x.record().category());
            rm.put("selected", x.selected());
            rm.put("passed", x.passed());
            rm.put("outcome", x.outcome());
            rm.put("expected", x.record().error() != null ? x.record().error()
                    : x.record().expected().stream().map(CodedTriple::toString).toList());
            rm.put("coded", x.coded().stream().map(CodedTriple::toString).toList());
            if (x.crash() != null) {
                rm.put("crash", x.crash());
            }
            results.add(rm);
        }
        m.put("results", results);
        m.put("dictionary_problems", d.problems().stream().map(p -> p.message()).toList());
        m.put("warnings", r.warnings());
        return m;
    }
}
