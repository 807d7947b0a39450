package org.dyadlab.corpus.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.corpus.DocumentMetadata;

/**
 * Collections of documents in one file: JSON lines ({@code .jsonl}, {@code .ndjson}: one object a line) or a JSON
 * array of objects ({@code .json}). A record without text is skipped with a problem noted, not a failure.
 */
final class JsonCollectionReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CollectionFields fields;
    private final int maxChars;

    JsonCollectionReader(CollectionFields fields, int maxChars) {
        this.fields = fields;
        this.maxChars = maxChars;
    }

    static boolean isCollection(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }

    /** Reads every record; problems (bad lines, records without text) are added to {@code problems}. */
    List<CollectionRecord> read(Path file, List<String> problems) throws DocumentReadException {
        List<CollectionRecord> out = new ArrayList<>();
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".json")) {
                readArray(file, out, problems);
            } else {
                readLines(file, out, problems);
            }
        } catch (IOException e) {
            throw new DocumentReadException("not a readable JSON collection: " + e.getMessage(), e);
        }
        return out;
    }

    private void readLines(Path file, List<CollectionRecord> out, List<String> problems) throws IOException,
            DocumentReadException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    problems.add("line " + n + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
                    continue;
                }
                add(node, "line " + n, out, problems);
            }
        }
    }

    private void readArray(Path file, List<CollectionRecord> out, List<String> problems) throws IOException,
            DocumentReadException {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new DocumentReadException("a .json collection must be an array of objects");
            }
            int n = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                n++;
                add(p.readValueAsTree(), "record " + n, out, problems);
            }
        }
    }

    private void add(JsonNode node, String where, List<CollectionRecord> out, List<String> problems)
            throws DocumentReadException {
        if (!node.isObject()) {
            problems.add(where + ": not a JSON object");
            return;
        }
        String text = first(node, fields.text());
        if (text == null || text.isBlank()) {
            problems.add(where + ": no text in field " + String.join("/", fields.text()));
            return;
        }
        if (text.length() > maxChars) {
            problems.add(where + ": text exceeds the limit of " + maxChars + " characters");
            return;
        }
        String id = first(node, fields.id());
        DocumentMetadata m = new DocumentMetadata(first(node, fields.title()), authors(node),
                DateText.parse(first(node, fields.date())).orElse(null), null, first(node, fields.url()), null);
        out.add(new CollectionRecord(id == null ? where.replace(' ', '-') : id,
                ExtractedText.plain(text.replace("\r\n", "\n"), "application/json", m)));
    }

    private List<String> authors(JsonNode node) {
        for (String f : fields.authors()) {
            JsonNode v = node.get(f);
            if (v != null && v.isArray()) {
                List<String> out = new ArrayList<>();
                v.forEach(a -> out.add(a.asText()));
                return out;
            }
            if (v != null && v.isTextual()) {
                return List.of(v.asText());
            }
        }
        return List.of();
    }

    private static String first(JsonNode node, List<String> names) {
        for (String f : names) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && !v.isContainerNode()) {
                return v.asText();
            }
        }
        return null;
    }
}
