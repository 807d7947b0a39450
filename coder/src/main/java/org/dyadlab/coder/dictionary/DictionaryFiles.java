package org.dyadlab.coder.dictionary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which files make up a dictionary set; {@link #load} reads them. Two sets are known by their file names: the
 * Phoenix set PETRARCH2 codes news with, and the small validation set its unit tests use.
 *
 * @param verbs    the verb dictionary
 * @param actors   one or more actor dictionaries, read as one
 * @param agents   the agent dictionary, or null
 * @param discards the discard list, or null
 * @param issues   the issues dictionary, or null
 */
public record DictionaryFiles(Path verbs, List<Path> actors, Path agents, Path discards, Path issues) {
    /** The default dictionaries of PETRARCH2's {@code PETR_config.ini}. */
    public static final List<String> PHOENIX = List.of("CAMEO.2.0.txt", "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
            "Phoenix.discards.txt", "Phoenix.IssueCoding.txt");
    /** The dictionaries the PETRARCH unit-test suite names in its {@code <Environment>}. */
    public static final List<String> VALIDATION = List.of("PETR.Validate.verbs.txt", "PETR.Validate.actors.txt",
            "PETR.Validate.agents.txt", "PETR.Validate.discards.txt");

    public DictionaryFiles {
        Objects.requireNonNull(verbs, "verbs");
        actors = List.copyOf(actors);
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("at least one actor dictionary is needed");
        }
    }

    /**
     * The set found in {@code dir}: the Phoenix set if {@code CAMEO.2.0.txt} is there, else the validation set.
     *
     * @throws DictionaryException naming the files expected when neither set is complete
     */
    public static DictionaryFiles in(Path dir) {
        if (Files.isRegularFile(dir.resolve(PHOENIX.get(0)))) {
            return new DictionaryFiles(dir.resolve(PHOENIX.get(0)),
                    List.of(dir.resolve(PHOENIX.get(1)), dir.resolve(PHOENIX.get(2)), dir.resolve(PHOENIX.get(3))),
                    dir.resolve(PHOENIX.get(4)), dir.resolve(PHOENIX.get(5)), optional(dir.resolve(PHOENIX.get(6))))
                    .requireExisting();
        }
        if (Files.isRegularFile(dir.resolve(VALIDATION.get(0)))) {
            return new DictionaryFiles(dir.resolve(VALIDATION.get(0)), List.of(dir.resolve(VALIDATION.get(1))),
                    dir.resolve(VALIDATION.get(2)), optional(dir.resolve(VALIDATION.get(3))), null).requireExisting();
        }
        throw new DictionaryException("no dictionary set in " + dir + ": expected " + String.join(", ", PHOENIX)
                + " (Phoenix) or " + String.join(", ", VALIDATION) + " (PETRARCH validation)", null);
    }

    private static Path optional(Path p) {
        return Files.isRegularFile(p) ? p : null;
    }

    /** This set, after checking every named file exists. */
    public DictionaryFiles requireExisting() {
        List<Path> all = new ArrayList<>(actors);
        all.add(verbs);
        for (Path p : new Path[] {agents, discards, issues}) {
            if (p != null) {
                all.add(p);
            }
        }
        List<String> missing = all.stream().filter(p -> !Files.isRegularFile(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new DictionaryException("dictionary file missing: " + String.join(", ", missing), null);
        }
        return this;
    }

    /**
     * Reads every file. Entries that cannot be read are skipped and listed in {@link Dictionaries#problems()};
     * with {@code strict}, any such entry makes the load fail instead.
     */
    public Dictionaries load(boolean strict) {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionaryReader verbReader = new VerbDictionaryReader();
        VerbDictionary v = verbReader.read(verbs);
        problems.addAll(verbReader.problems());
        List<ActorDictionary> parts = new ArrayList<>();
        for (Path a : actors) {
            ActorDictionaryReader r = new ActorDictionaryReader();
            parts.add(r.read(a));
            problems.addAll(r.problems());
        }
        AgentDictionary ag = AgentDictionary.empty();
        if (agents != null) {
            AgentDictionaryReader r = new AgentDictionaryReader();
            ag = r.read(agents);
            problems.addAll(r.problems());
        }
        DiscardList d = discards == null ? DiscardList.empty() : new DiscardListReader().read(discards);
        IssueDictionary is = IssueDictionary.empty();
        if (issues != null) {
            IssueDictionaryReader r = new IssueDictionaryReader();
            is = r.read(issues);
            problems.addAll(r.problems());
        }
        if (strict && !problems.isEmpty()) {
            throw new DictionaryException(problems);
        }
        return new Dictionaries(v, parts.size() == 1 ? parts.get(0) : ActorDictionary.merge(parts), ag, d, is,
                problems);
    }
}
