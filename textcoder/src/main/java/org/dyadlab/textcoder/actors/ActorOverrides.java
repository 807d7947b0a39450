package org.dyadlab.textcoder.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyadlab.coder.dictionary.ActorCodes;
import org.dyadlab.coder.dictionary.ActorDictionary;
import org.dyadlab.coder.dictionary.ActorDictionaryReader;
import org.dyadlab.coder.dictionary.DatedCode;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryProblem;
import org.dyadlab.coder.dictionary.PhraseIndex;
import org.dyadlab.coder.dictionary.PhrasePattern;

/**
 * A researcher's own actor entries, added to (and taking precedence over) the big dictionaries without editing
 * them: a YAML file ({@code .yaml}/{@code .yml}) or a PETRARCH-format actor file (anything else).
 *
 * <pre>
 * actors:
 *   - name: Imran Khan
 *     aliases: [Prime Minister Imran Khan]
 *     codes:
 *       - {code: PAKGOV, from: 2018-08-18, to: 2022-04-10}
 *       - {code: PAKELI}                 # no dates: the code outside the dated ones
 * </pre>
 *
 * The line of an entry's problem is its position in the list (1, 2, ...). Names are matched as whole consecutive words, case-insensitively. An entry whose phrase also appears in the
 * big dictionaries wins over it (same length: the override comes first); a longer phrase there still wins, as
 * it does among the big files. Bad entries are skipped and listed with their position.
 *
 * @param dictionary the entries read
 * @param problems   entries skipped
 */
public record ActorOverrides(ActorDictionary dictionary, List<DictionaryProblem> problems) {
    public ActorOverrides {
        problems = List.copyOf(problems);
    }

    public static ActorOverrides read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return readYaml(file);
        }
        ActorDictionaryReader r = new ActorDictionaryReader();
        ActorDictionary d = r.read(file);
        return new ActorOverrides(d, r.problems());
    }

    /** The dictionaries with these entries in front of their actors. */
    public Dictionaries applyTo(Dictionaries d) {
        List<DictionaryProblem> all = new ArrayList<>(d.problems());
        all.addAll(problems);
        return new Dictionaries(d.verbs(), ActorDictionary.merge(List.of(dictionary, d.actors())), d.agents(),
                d.discards(), d.issues(), all);
    }

    private static ActorOverrides readYaml(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.newBufferedReader(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor file " + file + ": " + e.getMessage(), e);
        }
        List<DictionaryProblem> problems = new ArrayList<>();
        PhraseIndex.Builder<ActorCodes> index = new PhraseIndex.Builder<>();
        JsonNode actors = root == null ? null : root.get("actors");
        if (actors == null || !actors.isArray()) {
            problems.add(new DictionaryProblem(file.getFileName().toString(), 1, "no 'actors:' list", ""));
            return new ActorOverrides(new ActorDictionary(index.build(), 0), problems);
        }
        int entries = 0;
        for (int i = 0; i < actors.size(); i++) {
            JsonNode a = actors.get(i);
            String where = "actors[" + i + "]";
            String name = a.path("name").asText("").strip();
            if (name.isEmpty()) {
                problems.add(new DictionaryProblem(file.getFileName().toString(), i + 1, where + ": no name", a.toString()));
                continue;
            }
            List<DatedCode> codes = codes(a.path("codes"), file, i, where + " (" + name + ")", problems);
            if (codes.isEmpty()) {
                continue;
            }
            ActorCodes value = new ActorCodes(name.toUpperCase(Locale.ROOT), codes);
            index.add(phrase(name), value, i + 1);
            for (JsonNode alias : a.path("aliases")) {
                if (!alias.asText("").isBlank()) {
                    index.add(phrase(alias.asText()), value, i + 1);
                }
            }
            entries++;
        }
        return new ActorOverrides(new ActorDictionary(index.build(), entries), problems);
    }

    private static List<DatedCode> codes(JsonNode list, Path file, int i, String where,
                                         List<DictionaryProblem> problems) {
        List<DatedCode> out = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(new DictionaryProblem(file.getFileName().toString(), i + 1, where + ": no codes", list.toString()));
            return out;
        }
        for (JsonNode c : list) {
            String code = c.path("code").asText("").strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9-]{3,15}")) {
                problems.add(new DictionaryProblem(file.getFileName().toString(), i + 1, where + ": bad code '" + code + "'", c.toString()));
                continue;
            }
            try {
                LocalDate from = c.hasNonNull("from") ? LocalDate.parse(c.get("from").asText()) : null;
                LocalDate to = c.hasNonNull("to") ? LocalDate.parse(c.get("to").asText()) : null;
                out.add(new DatedCode(code, from, to));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file.getFileName().toString(), i + 1, where + ": " + e.getMessage(), c.toString()));
            }
        }
        return out;
    }

    /** "Imran Khan" → IMRAN_KHAN: the words must be consecutive. */
    private static PhrasePattern phrase(String name) {
        return PhrasePattern.parse(name.strip().replaceAll("\\s+", "_"));
    }
}
