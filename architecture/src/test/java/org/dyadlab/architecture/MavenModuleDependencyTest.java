package org.dyadlab.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Maven module dependencies, read from the pom.xml files, follow the same layering as the packages. */
class MavenModuleDependencyTest {
    private static List<MavenModule> modules;
    private static Map<String, MavenModule> byName;

    @BeforeAll
    static void readPoms() {
        modules = MavenModules.read(MavenModules.projectRoot(Path.of("")));
        byName = modules.stream().collect(Collectors.toMap(MavenModule::name, Function.identity()));
    }

    @Test
    void everyModuleDependsOnlyOnTheModulesItsLayerAllows() {
        assertThat(ModuleLayering.violations(modules)).isEmpty();
    }

    @Test
    void modelDependsOnNoDyadlabModule() {
        assertThat(byName.get("model").uses()).isEmpty();
    }

    @Test
    void storeDependsOnlyOnModel() {
        assertThat(byName.get("store").uses()).containsExactly("dyadlab-model");
    }

    @Test
    void eventsDependsOnlyOnModelAndStore() {
        assertThat(byName.get("events").uses()).containsExactlyInAnyOrder("dyadlab-model", "dyadlab-store");
    }

    @Test
    void textcoderDependsOnModelCoderAndStoreButNoFrontEnd() {
        assertThat(byName.get("textcoder").uses())
                .containsExactlyInAnyOrder("dyadlab-model", "dyadlab-coder", "dyadlab-store")
                .doesNotContain("dyadlab-web", "dyadlab-cli", "dyadlab-spark");
    }

    @Test
    void onlyTheSparkModuleDeclaresSparkOrScala() {
        MavenModules.libraryGroups(MavenModules.projectRoot(Path.of(""))).forEach((module, groups) -> {
            if (!module.equals("spark")) {
                assertThat(groups).as(module + " (Spark stays in the spark module, docs/decisions/0014)")
                        .doesNotContain("org.apache.spark", "org.scala-lang");
            }
        });
        assertThat(byName.get("spark").uses()).doesNotContain("dyadlab-cli", "dyadlab-bench", "dyadlab-corpus",
                "dyadlab-report", "dyadlab-case-study", "dyadlab-web");
        assertThat(modules.stream().filter(m -> m.uses().contains("dyadlab-spark")).map(MavenModule::name))
                .containsExactly("architecture");
    }

    @Test
    void theLayeredModulesAreAllInTheReactor() {
        assertThat(byName).containsKeys("testkit", "model", "store", "events", "coder", "textcoder", "web", "cli",
                "bench", "spark", "architecture");
    }
}
