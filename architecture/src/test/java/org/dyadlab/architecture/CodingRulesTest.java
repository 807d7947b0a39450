package org.dyadlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Coding rules of STYLE.md that the build can check: names, and where output goes. */
@AnalyzeClasses(packages = "org.dyadlab", importOptions = ImportOption.DoNotIncludeTests.class)
public class CodingRulesTest {

    @ArchTest
    static final ArchRule NO_VAGUE_CLASS_NAMES = noClasses().that().resideInAPackage("org.dyadlab..")
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("names say what a thing is in the researcher's words (STYLE.md, practice 12)");

    /*
     * GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS, limited to the CLI. Main needs no exception:
     * it only builds the CommandLine and exits; picocli itself defaults out()/err() to System.out/System.err.
     */
    @ArchTest
    static final ArchRule CLI_WRITES_THROUGH_PICOCLI_STREAMS = noClasses().that().resideInAPackage("org.dyadlab.cli..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("commands write to picocli's out()/err() so tests can capture them (STYLE.md, practice 2)");

    @ArchTest
    static final ArchRule SERVICES_DO_NOT_PRINT = noClasses()
            .that().resideInAnyPackage("org.dyadlab.model..", "org.dyadlab.store..", "org.dyadlab.events..",
                    "org.dyadlab.corpus..", "org.dyadlab.coder..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("services return results and report progress through listeners; only front ends print");
}
