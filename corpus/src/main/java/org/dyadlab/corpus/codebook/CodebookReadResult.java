package org.dyadlab.corpus.codebook;

import java.util.List;
import java.util.Optional;
import org.dyadlab.model.corpus.Codebook;

/** A codebook read from YAML, or none when it has errors, with every problem found. */
public record CodebookReadResult(Optional<Codebook> codebook, List<CodebookProblem> problems) {
    public CodebookReadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(CodebookProblem::error);
    }

    /** The codebook, or a {@link CodebookException} listing the errors. */
    public Codebook orThrow(String source) {
        return codebook.orElseThrow(() -> new CodebookException(source + " is not a valid codebook:\n  "
                + String.join("\n  ", problems.stream().filter(CodebookProblem::error).map(Object::toString).toList())));
    }
}
