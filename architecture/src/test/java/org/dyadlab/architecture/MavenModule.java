package org.dyadlab.architecture;

import java.util.Set;

/**
 * One module of the Maven reactor, as its pom.xml declares it.
 *
 * @param name       the module's folder, as listed in the parent's {@code <modules>} ("store")
 * @param artifactId its artifactId ("dyadlab-store")
 * @param uses       artifactIds of the org.dyadlab modules it depends on outside the test scope
 * @param testUses   artifactIds of the org.dyadlab modules it depends on in the test scope only
 */
record MavenModule(String name, String artifactId, Set<String> uses, Set<String> testUses) {
    MavenModule {
        uses = Set.copyOf(uses);
        testUses = Set.copyOf(testUses);
    }
}
