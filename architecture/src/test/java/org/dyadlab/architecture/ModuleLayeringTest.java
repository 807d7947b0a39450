package org.dyadlab.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pom reader and the module layering find what they should, on small hand-made reactors. */
class ModuleLayeringTest {

    @Test
    void modelDependingOnStoreIsReported(@TempDir Path root) throws IOException {
        reactor(root, "model", "store");
        module(root, "model", "<dependency><groupId>org.dyadlab</groupId><artifactId>dyadlab-store</artifactId></dependency>");
        module(root, "store", "<dependency><groupId>org.dyadlab</groupId><artifactId>dyadlab-model</artifactId></dependency>");

        List<String> violations = ModuleLayering.violations(MavenModules.read(root));

        assertThat(violations).singleElement().asString().contains("'model' depends on 'store'");
    }

    @Test
    void testScopedTestkitAndManagedDependenciesAreNotLayerDependencies(@TempDir Path root) throws IOException {
        reactor(root, "testkit", "model");
        module(root, "testkit", "");
        Files.writeString(root.resolve("model/pom.xml"), """
                <project><artifactId>dyadlab-model</artifactId>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.dyadlab</groupId><artifactId>dyadlab-cli</artifactId></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.dyadlab</groupId><artifactId>dyadlab-testkit</artifactId><scope>test</scope></dependency>
                  </dependencies>
                </project>""");

        List<MavenModule> modules = MavenModules.read(root);

        assertThat(modules.get(1).uses()).isEmpty();
        assertThat(modules.get(1).testUses()).isEqualTo(Set.of("dyadlab-testkit"));
        assertThat(ModuleLayering.violations(modules)).isEmpty();
    }

    @Test
    void aModuleWithoutAPlaceInTheLayeringIsReported() {
        MavenModule plugins = new MavenModule("plugins", "dyadlab-plugins", Set.of(), Set.of());

        assertThat(ModuleLayering.violations(List.of(plugins))).singleElement().asString()
                .contains("'plugins' has no place");
    }

    @Test
    void projectRootIsFoundFromAModuleFolder(@TempDir Path root) throws IOException {
        reactor(root, "model");
        Path moduleDir = Files.createDirectories(root.resolve("model/src"));

        assertThat(MavenModules.projectRoot(moduleDir)).isEqualTo(root.toAbsolutePath().normalize());
    }

    @Test
    void noParentPomAboveIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> MavenModules.projectRoot(dir)).hasMessageContaining("dyadlab-parent");
    }

    private static void reactor(Path root, String... modules) throws IOException {
        StringBuilder list = new StringBuilder();
        for (String m : modules) {
            list.append("<module>").append(m).append("</module>");
            Files.createDirectories(root.resolve(m));
        }
        Files.writeString(root.resolve("pom.xml"), "<project><artifactId>dyadlab-parent</artifactId><modules>" + list
                + "</modules></project>");
    }

    private static void module(Path root, String name, String dependencies) throws IOException {
        Files.writeString(root.resolve(name).resolve("pom.xml"), "<project><parent><artifactId>dyadlab-parent</artifactId>"
                + "</parent><artifactId>dyadlab-" + name + "</artifactId><dependencies>" + dependencies
                + "</dependencies></project>");
    }
}
