package org.dyadlab.coder.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * Everything the coder looks words up in: verbs and patterns, actors, agents, discards and issues, with the
 * problems met while reading them (each skipped entry, with file and line).
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, DiscardList discards,
                           IssueDictionary issues, List<DictionaryProblem> problems) {
    public Dictionaries {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(discards, "discards");
        Objects.requireNonNull(issues, "issues");
        problems = List.copyOf(problems);
    }

    /** One line per dictionary, for a command's report. */
    public String summary() {
        return String.format("verbs: %,d forms, %,d patterns, %,d synsets%s; actors: %,d entries (%,d phrases); "
                        + "agents: %,d phrases; discards: %,d; issues: %,d phrases",
                verbs.forms(), verbs.patterns(), verbs.synsets().size(),
                verbs.ignoredTransformations() > 0
                        ? " (" + verbs.ignoredTransformations() + " transformation lines not applied)" : "",
                actors.entries(), actors.phrases(), agents.phrases(), discards.size(), issues.size());
    }
}
