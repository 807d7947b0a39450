package org.dyadlab.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one-way layering of docs/decisions/0001-module-layout.md: model ← store ← {events, analysis, corpus} ← cli,
 * model ← coder ← textcoder ← cli, store ← textcoder (its store sink), model ← report ← case-study ← cli,
 * with testkit beside them and bench on top. Each layer lists the dyadlab packages it may use (an allow-list, so a new
 * module is forbidden until a rule names it); third-party libraries are confined to the layer that owns them.
 */
@AnalyzeClasses(packages = "org.dyadlab", importOptions = ImportOption.DoNotIncludeTests.class)
public class LayerDependencyTest {

    @ArchTest
    static final ArchRule MODEL_USES_ONLY_THE_JDK = classes().that().resideInAPackage("org.dyadlab.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.dyadlab.model..", "java..")
            .because("model holds the records and ontologies every layer and the Spark jobs share: no other "
                    + "dyadlab package and no third-party library");

    @ArchTest
    static final ArchRule STORE_USES_ONLY_MODEL = mayOnlyUse("store", "model");

    @ArchTest
    static final ArchRule EVENTS_USES_ONLY_MODEL_AND_STORE = mayOnlyUse("events", "model", "store");

    @ArchTest
    static final ArchRule ANALYSIS_USES_ONLY_MODEL_AND_STORE = mayOnlyUse("analysis", "model", "store");

    @ArchTest
    static final ArchRule CORPUS_USES_ONLY_MODEL_AND_STORE = mayOnlyUse("corpus", "model", "store");

    @ArchTest
    static final ArchRule REPORT_USES_ONLY_MODEL = mayOnlyUse("report", "model");

    @ArchTest
    static final ArchRule CASE_STUDY_USES_THE_SERVICES = mayOnlyUse("casestudy", "model", "store", "events",
            "analysis", "corpus", "report");

    @ArchTest
    static final ArchRule WEB_USES_THE_SERVICES_BUT_NOT_THE_IMPORTERS = mayOnlyUse("web", "model", "store", "analysis",
            "corpus", "report", "casestudy");

    @ArchTest
    static final ArchRule CLI_USES_ONLY_THE_SERVICES = mayOnlyUse("cli", "model", "store", "events", "analysis",
            "corpus", "report", "casestudy", "coder", "textcoder", "web");

    @ArchTest
    static final ArchRule ONLY_WEB_USES_JAVALIN_AND_JETTY = noClasses()
            .that().resideOutsideOfPackage("org.dyadlab.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
            .because("the HTTP server is the dashboard's own business, behind web.WebServer (docs/decisions/0012)");

    @ArchTest
    static final ArchRule CODER_USES_ONLY_MODEL = mayOnlyUse("coder", "model");

    @ArchTest
    static final ArchRule TEXTCODER_USES_ONLY_MODEL_CODER_AND_STORE = mayOnlyUse("textcoder", "model", "coder",
            "store");

    @ArchTest
    static final ArchRule ONLY_TEXTCODER_USES_OPENNLP = noClasses()
            .that().resideOutsideOfPackage("org.dyadlab.textcoder..")
            .should().dependOnClassesThat().resideInAPackage("opennlp..")
            .because("sentence splitting, tagging and chunking are the text front end's business, so the coder "
                    + "stays free of NLP libraries (docs/decisions/0011)");

    @ArchTest
    static final ArchRule SPARK_USES_ONLY_THE_SERVICES_IT_SCALES_OUT = mayOnlyUse("spark", "model", "store", "events",
            "analysis", "coder", "textcoder");

    @ArchTest
    static final ArchRule ONLY_THE_SPARK_MODULE_USES_SPARK_AND_SCALA = noClasses()
            .that().resideOutsideOfPackage("org.dyadlab.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
            .because("Spark and its dependencies stay in the spark module; the embedded application never loads "
                    + "them (docs/decisions/0014)");

    @ArchTest
    static final ArchRule ONLY_CORPUS_USES_TIKA_AND_LUCENE = noClasses()
            .that().resideOutsideOfPackage("org.dyadlab.corpus..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..", "org.apache.lucene..")
            .because("document extraction and the search index are the corpus module's own business "
                    + "(docs/decisions/0008)");

    @ArchTest
    static final ArchRule ONLY_REPORT_LAYS_OUT_PDF_AND_SVG = noClasses()
            .that().resideOutsideOfPackage("org.dyadlab.report..")
            .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.batik..",
                    "org.apache.pdfbox..")
            .because("the PDF of the report is laid out by openhtmltopdf (PDFBox, Batik) behind "
                    + "report.PdfReportWriter (docs/decisions/0010); the corpus reads PDFs through Tika");

    @ArchTest
    static final ArchRule TESTKIT_USES_NO_DYADLAB_PACKAGE = mayOnlyUse("testkit");

    @ArchTest
    static final ArchRule PRODUCTION_CODE_DOES_NOT_USE_TESTKIT = noClasses()
            .that().resideOutsideOfPackage("org.dyadlab.testkit..")
            .should().dependOnClassesThat().resideInAPackage("org.dyadlab.testkit..")
            .because("testkit is a test-scoped helper library, absent from the application's classpath");

    @ArchTest
    static final ArchRule ONLY_FRONT_ENDS_USE_PICOCLI = noClasses()
            .that().resideOutsideOfPackages("org.dyadlab.cli..", "org.dyadlab.bench..",
                    "org.dyadlab.spark.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("services are called from commands and tested without them (STYLE.md, practice 2)");

    @ArchTest
    static final ArchRule ONLY_CLI_DRAWS_PROGRESS_BARS = noClasses()
            .that().resideOutsideOfPackage("org.dyadlab.cli..")
            .should().dependOnClassesThat().resideInAPackage("me.tongfei.progressbar..")
            .because("services report progress through events.ProgressListener; drawing it is the terminal's job");

    @ArchTest
    static final ArchRule ONLY_STORE_AND_BENCH_USE_DUCKDB_AND_JDBC = noClasses()
            .that().resideOutsideOfPackages("org.dyadlab.store..", "org.dyadlab.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..", "java.sql..")
            .because("SQL and the DuckDB driver stay behind the store's API (docs/decisions/0002); bench may "
                    + "measure DuckDB directly");

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES = slices().matching("org.dyadlab.(*)..")
            .should().beFreeOfCycles();

    /** Classes of {@code org.dyadlab.<layer>..} may use, of dyadlab's packages, only their own and the allowed ones. */
    static ArchRule mayOnlyUse(String layer, String... allowed) {
        String[] packages = Stream.concat(Stream.of(layer), Arrays.stream(allowed))
                .map(l -> "org.dyadlab." + l + "..")
                .toArray(String[]::new);
        String description = allowed.length == 0 ? "no other dyadlab package"
                : Arrays.stream(allowed).collect(Collectors.joining(", ", "only ", ""));
        return classes().that().resideInAPackage("org.dyadlab." + layer + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.dyadlab..").or(resideInAnyPackage(packages)))
                .as("classes in org.dyadlab." + layer + ".. should use, of dyadlab's packages, " + description);
    }
}
