package org.dyadlab.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.dyadlab.archfixturea.Ping;
import org.dyadlab.analysis.archfixture.SeriesOnSpark;
import org.dyadlab.archfixtureb.Pong;
import org.dyadlab.cli.archfixture.PrintingCommand;
import org.dyadlab.events.archfixture.ImporterUsingCli;
import org.dyadlab.events.archfixture.ImporterWithOwnSql;
import org.dyadlab.model.archfixture.CodebookWithStore;
import org.dyadlab.model.archfixture.CsvBackedCodebook;
import org.dyadlab.model.archfixture.DateHelper;
import org.dyadlab.store.archfixture.StoreCallingImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each architecture rule reports a violation when fed a class that breaks it, so a mistyped package name cannot
 * leave a rule that passes whatever the code does. The fixtures live in this module's test sources, which the
 * rules' own import leaves out (ImportOption.DoNotIncludeTests).
 */
class RulesCatchViolationsTest {

    static Stream<Arguments> rulesAndOffenders() {
        return Stream.of(
                Arguments.of("model reaches store", LayerDependencyTest.MODEL_USES_ONLY_THE_JDK,
                        new Class<?>[] {CodebookWithStore.class}),
                Arguments.of("model uses a library", LayerDependencyTest.MODEL_USES_ONLY_THE_JDK,
                        new Class<?>[] {CsvBackedCodebook.class}),
                Arguments.of("store reaches events", LayerDependencyTest.STORE_USES_ONLY_MODEL,
                        new Class<?>[] {StoreCallingImporter.class}),
                Arguments.of("events reaches cli", LayerDependencyTest.EVENTS_USES_ONLY_MODEL_AND_STORE,
                        new Class<?>[] {ImporterUsingCli.class}),
                Arguments.of("events uses picocli", LayerDependencyTest.ONLY_FRONT_ENDS_USE_PICOCLI,
                        new Class<?>[] {ImporterUsingCli.class}),
                Arguments.of("events uses JDBC", LayerDependencyTest.ONLY_STORE_AND_BENCH_USE_DUCKDB_AND_JDBC,
                        new Class<?>[] {ImporterWithOwnSql.class}),
                Arguments.of("analysis uses Spark", LayerDependencyTest.ONLY_THE_SPARK_MODULE_USES_SPARK_AND_SCALA,
                        new Class<?>[] {SeriesOnSpark.class}),
                Arguments.of("package cycle", LayerDependencyTest.NO_CYCLES_BETWEEN_TOP_LEVEL_PACKAGES,
                        new Class<?>[] {Ping.class, Pong.class}),
                Arguments.of("*Helper name", CodingRulesTest.NO_VAGUE_CLASS_NAMES,
                        new Class<?>[] {DateHelper.class}),
                Arguments.of("command prints to System.out", CodingRulesTest.CLI_WRITES_THROUGH_PICOCLI_STREAMS,
                        new Class<?>[] {PrintingCommand.class}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndOffenders")
    void ruleReportsTheOffendingClass(String problem, ArchRule rule, Class<?>[] offenders) {
        JavaClasses classes = new ClassFileImporter().importClasses(offenders);

        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as(problem).isTrue();
        assertThat(result.getFailureReport().getDetails()).as(problem)
                .anyMatch(line -> line.contains(offenders[0].getSimpleName()));
    }
}
