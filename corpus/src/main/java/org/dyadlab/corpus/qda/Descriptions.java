package org.dyadlab.corpus.qda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What REFI-QDA has no element for (a code's id, inclusion and exclusion notes and rules; a document's kind,
 * side and bibliographic facts) travels in the Description text as trailing {@code Key: value} lines after the
 * free text, so NVivo, ATLAS.ti, MAXQDA or QualCoder users read it and dyadlab reads it back without loss.
 */
final class Descriptions {
    private Descriptions() {
    }

    static String write(String freeText, Map<String, String> fields) {
        StringBuilder sb = new StringBuilder(freeText == null ? "" : freeText.strip());
        boolean first = true;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            sb.append(first && !sb.isEmpty() ? "\n\n" : first ? "" : "\n");
            first = false;
            sb.append(e.getKey()).append(": ").append(e.getValue().replace('\n', ' ').strip());
        }
        return sb.toString();
    }

    /** The free text and the fields of the given keys found in the trailing lines. */
    record Parsed(String freeText, Map<String, String> fields) {
    }

    static Parsed read(String description, List<String> keys) {
        if (description == null) {
            return new Parsed("", Map.of());
        }
        List<String> lines = new ArrayList<>(List.of(description.split("\n", -1)));
        Map<String, String> fields = new LinkedHashMap<>();
        while (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            int colon = last.indexOf(": ");
            if (colon < 0 || !keys.contains(last.substring(0, colon))) {
                break;
            }
            fields.put(last.substring(0, colon), last.substring(colon + 2));
            lines.remove(lines.size() - 1);
        }
        return new Parsed(String.join("\n", lines).strip(), fields);
    }
}
