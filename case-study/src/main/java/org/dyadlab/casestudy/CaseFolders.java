package org.dyadlab.casestudy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.model.event.Dyad;

/** Reads a case folder's {@code case.yaml}. */
public final class CaseFolders {
    public static final String CASE_FILE = "case.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CaseFolders() {
    }

    public static CaseDefinition read(Path folder) {
        Path file = folder.resolve(CASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new CaseException(folder + " is not a case folder: it has no " + CASE_FILE);
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new CaseException(file + ": not readable YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CaseException(file + ": expected a mapping");
        }
        String name = required(root, "name", file);
        Dyad dyad;
        try {
            dyad = Dyad.parse(required(root, "dyad", file));
        } catch (IllegalArgumentException e) {
            throw new CaseException(file + ": dyad: " + e.getMessage(), e);
        }
        JsonNode years = root.path("years");
        JsonNode report = root.path("report");
        JsonNode data = root.path("data");
        List<CaseDefinition.EventFile> events = new ArrayList<>();
        for (JsonNode e : data.path("events")) {
            events.add(new CaseDefinition.EventFile(required(e, "format", file), required(e, "path", file)));
        }
        List<CaseDefinition.DocumentCollection> docs = new ArrayList<>();
        for (JsonNode d : data.path("documents")) {
            docs.add(new CaseDefinition.DocumentCollection(required(d, "path", file), text(d, "include"),
                    d.path("kind").asText("official"), text(d, "side"), text(d, "name_pattern"),
                    d.path("from_year").asInt(0)));
        }
        Map<String, String> ind = new LinkedHashMap<>();
        data.path("indicators").fields().forEachRemaining(e -> ind.put(e.getKey(), e.getValue().asText()));
        return new CaseDefinition(folder.toAbsolutePath().normalize(), name, root.path("title").asText(name),
                root.path("subtitle").asText(""), dyad, root.path("periods").asText("us-administrations"),
                root.path("codebook").asText(name), root.path("chronology").asText("chronology.csv"),
                root.path("sources").asText("sources.bib"), text(root, "fatf_status"),
                root.path("indicators").asText("indicators.csv"), years.path("from").asInt(2001),
                years.path("to").asInt(2025), report.path("interval").asText("month"),
                report.path("metric").asText("goldstein_mean"), events, docs, ind,
                optionalFile(root, "gazetteer", "gazetteer.yaml", folder),
                optionalFile(root, "findings", "findings.yaml", folder));
    }

    /** The file a key names; without the key, the default file when the folder has it; else null. */
    private static String optionalFile(JsonNode root, String key, String otherwise, Path folder) {
        String named = text(root, key);
        if (named != null) {
            return named;
        }
        return Files.isRegularFile(folder.resolve(otherwise)) ? otherwise : null;
    }

    private static String required(JsonNode node, String field, Path file) {
        String v = text(node, field);
        if (v == null) {
            throw new CaseException(file + ": '" + field + "' is missing");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
