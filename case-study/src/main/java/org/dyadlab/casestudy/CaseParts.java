package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.corpus.ingest.Bibliography;
import org.dyadlab.corpus.ingest.BibliographyReader;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.period.PeriodSet;

/** The parts of a case folder, read: the codebook, the period set, the bibliography. */
public final class CaseParts {
    private CaseParts() {
    }

    /** The case's codebook: the built-in one named, or a YAML file of the folder. */
    public static Codebook codebook(CaseDefinition c) {
        if (c.codebook().equals("pak-usa")) {
            return CodebookYaml.pakUsa();
        }
        Path file = c.file(c.codebook());
        if (!Files.isRegularFile(file)) {
            throw new CaseException(file + ": codebook not found (name 'pak-usa' for the built-in one, or a YAML file)");
        }
        return CodebookYaml.read(file).orThrow(file.toString());
    }

    public static PeriodSet periods(CaseDefinition c) {
        Path file = c.file(c.periods());
        return Files.isRegularFile(file) ? PeriodSets.read(file) : PeriodSets.builtIn(c.periods());
    }

    public static Bibliography bibliography(CaseDefinition c) {
        Path file = c.file(c.sources());
        if (!Files.isRegularFile(file)) {
            throw new CaseException(file + ": the case's bibliography is missing");
        }
        try {
            return BibliographyReader.read(file);
        } catch (IOException e) {
            throw new CaseException(file + ": not a readable BibTeX file: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CaseException(file + ": " + e.getMessage(), e);
        }
    }
}
