package org.dyadlab.corpus.codebook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingRule;

/**
 * The YAML form of a codebook (docs/corpus.md):
 *
 * <pre>
 * name: pak-usa
 * title: …
 * description: …
 * codes:
 *   - id: economic                      # a factor
 *     name: Economic factors
 *     definition: …
 *     codes:                            # its themes; their full id is economic.aid-suspension
 *       - id: aid-suspension
 *         definition: …
 *         include: …
 *         exclude: …
 *         rules:
 *           terms: [suspend*]
 *           phrases: [security assistance]
 *           near: [{words: [aid, cut*], within: 8}]
 * </pre>
 *
 * Reading collects every problem rather than stopping at the first; unknown keys are errors (a mistyped
 * "defintion" must not silently vanish).
 */
public final class CodebookYaml {
    private static final Set<String> TOP_KEYS = Set.of("name", "title", "description", "codes");
    private static final Set<String> CODE_KEYS = Set.of("id", "name", "definition", "include", "exclude", "rules",
            "codes");
    private static final Set<String> RULE_KEYS = Set.of("terms", "phrases", "near");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

    /** The example codebook of the Pakistan–United States case, shipped with dyadlab. */
    public static final String PAK_USA_RESOURCE = "/org/dyadlab/corpus/pak-usa-codebook.yaml";

    private CodebookYaml() {
    }

    public static CodebookReadResult read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read codebook " + file + ": " + e.getMessage(), e);
        }
    }

    /** The shipped Pakistan–US codebook. */
    public static Codebook pakUsa() {
        try (InputStream in = CodebookYaml.class.getResourceAsStream(PAK_USA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Pakistan-US codebook is missing from the classpath");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "pak-usa-codebook.yaml")
                    .orThrow("pak-usa-codebook.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CodebookReadResult read(String yaml, String source) {
        List<CodebookProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(new CodebookProblem(loc == null ? source : "line " + loc.getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage(), true));
            return new CodebookReadResult(java.util.Optional.empty(), problems);
        }
        if (root == null || !root.isObject()) {
            problems.add(new CodebookProblem(source, "a codebook is a mapping with name and codes", true));
            return new CodebookReadResult(java.util.Optional.empty(), problems);
        }
        unknownKeys(root, TOP_KEYS, source, problems);
        String name = text(root, "name");
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            problems.add(new CodebookProblem(source, "name must be a short name of letters, digits, '.', '_' or '-'",
                    true));
            name = "codebook";
        }
        List<Code> codes = new ArrayList<>();
        JsonNode list = root.get("codes");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(new CodebookProblem(source, "codes: a list of at least one code is needed", true));
        } else {
            readCodes(list, null, codes, problems);
        }
        if (problems.stream().anyMatch(CodebookProblem::error)) {
            return new CodebookReadResult(java.util.Optional.empty(), problems);
        }
        try {
            return new CodebookReadResult(java.util.Optional.of(new Codebook(name, text(root, "title"),
                    text(root, "description"), codes)), problems);
        } catch (IllegalArgumentException e) {
            problems.add(new CodebookProblem(source, e.getMessage(), true));
            return new CodebookReadResult(java.util.Optional.empty(), problems);
        }
    }

    private static void readCodes(JsonNode list, String parent, List<Code> out, List<CodebookProblem> problems) {
        for (JsonNode node : list) {
            String local = text(node, "id");
            String where = parent == null ? "code " + local : "code " + parent + "." + local;
            if (!node.isObject() || local == null) {
                problems.add(new CodebookProblem(parent == null ? "codes" : "codes of " + parent,
                        "every code needs an id", true));
                continue;
            }
            unknownKeys(node, CODE_KEYS, where, problems);
            String id = parent == null ? local : parent + "." + local;
            List<CodingRule> rules = readRules(node.get("rules"), where, problems);
            try {
                out.add(new Code(id, text(node, "name"), text(node, "definition"), text(node, "include"),
                        text(node, "exclude"), rules));
            } catch (IllegalArgumentException e) {
                problems.add(new CodebookProblem(where, e.getMessage(), true));
                continue;
            }
            if (text(node, "definition") == null) {
                problems.add(new CodebookProblem(where, "has no definition: coders will apply it inconsistently", false));
            }
            JsonNode children = node.get("codes");
            if (children != null) {
                if (!children.isArray()) {
                    problems.add(new CodebookProblem(where, "codes must be a list", true));
                } else {
                    readCodes(children, id, out, problems);
                }
            }
        }
    }

    private static List<CodingRule> readRules(JsonNode rules, String where, List<CodebookProblem> problems) {
        List<CodingRule> out = new ArrayList<>();
        if (rules == null) {
            return out;
        }
        if (!rules.isObject()) {
            problems.add(new CodebookProblem(where, "rules must be a mapping of terms, phrases and near", true));
            return out;
        }
        unknownKeys(rules, RULE_KEYS, where + " rules", problems);
        try {
            for (String t : strings(rules.get("terms"))) {
                out.add(t.strip().contains(" ") ? CodingRule.phrase(t) : CodingRule.term(t));
            }
            for (String p : strings(rules.get("phrases"))) {
                out.add(CodingRule.phrase(p));
            }
            JsonNode near = rules.get("near");
            if (near != null) {
                for (JsonNode n : near) {
                    out.add(CodingRule.near(strings(n.get("words")), n.path("within").asInt(0)));
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(new CodebookProblem(where, "bad rule: " + e.getMessage(), true));
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
            return out;
        }
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String where, List<CodebookProblem> problems) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problems.add(new CodebookProblem(where, "unknown key '" + k + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")", true));
            }
        });
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** Writes a codebook back to YAML in the same form (used after importing a REFI-QDA codebook). */
    public static String write(Codebook book) {
        ObjectNode root = YAML.createObjectNode();
        root.put("name", book.name());
        root.put("title", book.title());
        if (!book.description().isEmpty()) {
            root.put("description", book.description());
        }
        root.set("codes", codes(book, null));
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a codebook always serialises", e);
        }
    }

    private static ArrayNode codes(Codebook book, String parent) {
        ArrayNode list = YAML.createArrayNode();
        for (Code c : book.children(parent)) {
            ObjectNode n = list.addObject();
            n.put("id", parent == null ? c.id() : c.id().substring(parent.length() + 1));
            n.put("name", c.name());
            n.put("definition", c.definition());
            if (c.include() != null) {
                n.put("include", c.include());
            }
            if (c.exclude() != null) {
                n.put("exclude", c.exclude());
            }
            if (!c.rules().isEmpty()) {
                ObjectNode r = n.putObject("rules");
                for (CodingRule rule : c.rules()) {
                    switch (rule.type()) {
                        case TERM -> array(r, "terms").add(rule.words().get(0));
                        case PHRASE -> array(r, "phrases").add(String.join(" ", rule.words()));
                        case NEAR -> {
                            ObjectNode near = array(r, "near").addObject();
                            ArrayNode words = near.putArray("words");
                            rule.words().forEach(words::add);
                            near.put("within", rule.within());
                        }
                    }
                }
            }
            if (!book.children(c.id()).isEmpty()) {
                n.set("codes", codes(book, c.id()));
            }
        }
        return list;
    }

    private static ArrayNode array(ObjectNode parent, String key) {
        JsonNode existing = parent.get(key);
        return existing instanceof ArrayNode a ? a : parent.putArray(key);
    }
}
