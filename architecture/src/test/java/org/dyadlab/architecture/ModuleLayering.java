package org.dyadlab.architecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which module may depend on which (docs/decisions/0001-module-layout.md), checked against the pom.xml files.
 * A module missing from {@link #MAY_USE} is a violation too: adding a module means deciding its place here.
 */
final class ModuleLayering {
    /** Module folder → the dyadlab modules it may depend on outside the test scope. */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("testkit", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("store", Set.of("model")),
            Map.entry("events", Set.of("model", "store")),
            Map.entry("analysis", Set.of("model", "store")),
            Map.entry("corpus", Set.of("model", "store")),
            Map.entry("report", Set.of("model")),
            Map.entry("coder", Set.of("model")),
            Map.entry("textcoder", Set.of("model", "coder", "store")),
            Map.entry("case-study", Set.of("model", "store", "events", "analysis", "corpus", "report")),
            Map.entry("web", Set.of("model", "store", "analysis", "corpus", "report", "case-study")),
            Map.entry("cli", Set.of("model", "store", "events", "analysis", "corpus", "report", "case-study",
                    "coder", "textcoder", "web")),
            Map.entry("bench", Set.of("model", "store", "events", "analysis", "corpus", "report", "case-study",
                    "coder", "textcoder", "web", "cli")),
            Map.entry("spark", Set.of("model", "store", "events", "analysis", "coder", "textcoder")),
            Map.entry("architecture", Set.of("model", "store", "events", "analysis", "corpus", "report", "case-study",
                    "coder", "textcoder", "web", "cli", "bench", "spark")));

    /** The only module others may depend on in the test scope. */
    static final Set<String> TEST_SUPPORT = Set.of("testkit");

    private ModuleLayering() {
    }

    /** One message per dependency that breaks the layering, or per module the layering does not place. */
    static List<String> violations(Collection<MavenModule> modules) {
        Map<String, String> nameOf = new HashMap<>();
        for (MavenModule m : modules) {
            nameOf.put(m.artifactId(), m.name());
        }
        List<String> out = new ArrayList<>();
        for (MavenModule m : modules) {
            Set<String> allowed = MAY_USE.get(m.name());
            if (allowed == null) {
                out.add("module '" + m.name() + "' has no place in the layering: add it to ModuleLayering.MAY_USE "
                        + "with the modules it may use, and to docs/decisions/0001-module-layout.md");
                continue;
            }
            for (String artifact : new TreeSet<>(m.uses())) {
                String used = nameOf.getOrDefault(artifact, artifact);
                if (!allowed.contains(used)) {
                    out.add("module '" + m.name() + "' depends on '" + used + "' but may use only " + new TreeSet<>(allowed));
                }
            }
            for (String artifact : new TreeSet<>(m.testUses())) {
                String used = nameOf.getOrDefault(artifact, artifact);
                if (!TEST_SUPPORT.contains(used) && !allowed.contains(used)) {
                    out.add("module '" + m.name() + "' depends on '" + used + "' in its tests; tests may add only "
                            + TEST_SUPPORT);
                }
            }
        }
        return out;
    }
}
