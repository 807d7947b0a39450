package org.dyadlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Option;

/**
 * The {@code --codebook} option: the named YAML file, else the workspace's {@code codebook.yaml}, else the
 * Pakistan–US codebook shipped with dyadlab.
 */
final class CodebookOption {
    static final String WORKSPACE_FILE = "codebook.yaml";

    @Option(names = {"-c", "--codebook"}, paramLabel = "FILE",
            description = "Codebook YAML; default: the workspace's codebook.yaml, else the built-in Pakistan-US codebook.")
    Path file;

    Codebook load(Workspace workspace) {
        Path f = file;
        if (f == null && Files.isRegularFile(workspace.dir().resolve(WORKSPACE_FILE))) {
            f = workspace.dir().resolve(WORKSPACE_FILE);
        }
        if (f == null) {
            return CodebookYaml.pakUsa();
        }
        if (!Files.isRegularFile(f)) {
            throw new UsageException("no such codebook file: " + f);
        }
        return CodebookYaml.read(f).orThrow(f.toString());
    }
}
