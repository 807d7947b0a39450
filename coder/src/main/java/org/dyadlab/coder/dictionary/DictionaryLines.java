package org.dyadlab.coder.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH/TABARI dictionary file into its meaningful lines. Comments are XML comments
 * ({@code <!-- ... -->}, also over several lines), lines starting with {@code <!}, and everything from a
 * {@code #} to the end of the line; optionally also from a {@code ;} (the old KEDS/TABARI comment). Blank lines
 * are dropped. Files are UTF-8; a byte that is not UTF-8 is read as Latin-1 instead of failing the load.
 */
public final class DictionaryLines {
    private DictionaryLines() {
    }

    /** The lines of {@code file} with comments removed. */
    public static List<DictionaryLine> read(Path file, boolean semicolonComments) {
        List<String> raw = readAll(file);
        String name = file.getFileName().toString();
        List<DictionaryLine> out = new ArrayList<>(raw.size());
        boolean inComment = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                line = line.substring(end + 3);
            }
            String stripped = line.stripLeading();
            if (stripped.startsWith("#")) {
                continue;
            }
            if (stripped.startsWith("<!") && !stripped.contains("-->")) {
                inComment = true;
                continue;
            }
            line = removeInlineComments(line);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (semicolonComments) {
                int semi = line.indexOf(';');
                if (semi >= 0) {
                    line = line.substring(0, semi);
                }
            }
            line = line.stripTrailing();
            if (!line.isBlank()) {
                out.add(new DictionaryLine(name, i + 1, line));
            }
        }
        return out;
    }

    private static String removeInlineComments(String line) {
        int start = line.indexOf("<!");
        while (start >= 0) {
            int end = line.indexOf("-->", start);
            if (end < 0) {
                return line.substring(0, start);
            }
            line = line.substring(0, start) + line.substring(end + 3);
            start = line.indexOf("<!");
        }
        return line;
    }

    private static List<String> readAll(Path file) {
        try {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
                return r.lines().toList();
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                }
                throw e.getCause();
            }
        } catch (IOException e) {
            throw new DictionaryException("cannot read dictionary " + file + ": " + e.getMessage(), e);
        }
    }
}
