package org.dyadlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadlab.corpus.qda.PassageCsvWriter;
import org.dyadlab.corpus.qda.QdaExchange;
import org.dyadlab.corpus.qda.QdaProject;
import org.dyadlab.corpus.qda.QdcWriter;
import org.dyadlab.corpus.qda.QdpxWriter;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.PassageQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab export qdpx|qdc|passages}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the coded project or the codebook in REFI-QDA formats (NVivo, ATLAS.ti, MAXQDA, "
                + "QualCoder open them), or the passages as CSV.",
        subcommands = {ExportCommand.Qdpx.class, ExportCommand.Qdc.class, ExportCommand.Passages.class},
        footer = {"", "Examples:", "  dyadlab export qdpx pak-usa.qdpx", "  dyadlab export qdc pak-usa.qdc",
            "  dyadlab export passages --coder alice -o alice.csv"})
final class ExportCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "qdpx", mixinStandardHelpOptions = true,
            description = "The documents (current versions), codebook, passages and memos as a REFI-QDA project.",
            footer = {"", "Example:", "  dyadlab export qdpx pak-usa.qdpx --name \"Pakistan-US 2013-2025\""})
    static final class Qdpx implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        CodebookOption codebook;

        @Parameters(paramLabel = "FILE", description = "The .qdpx file to write.")
        Path file;

        @Option(names = "--name", defaultValue = "dyadlab project", description = "Project name (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() {
            try (EventStore store = workspace.openExisting()) {
                QdaProject p = new QdaExchange(store.corpus(), store.coding()).export(name, codebook.load(store.workspace()));
                QdpxWriter.write(p, file);
                spec.commandLine().getOut().printf("wrote %s: %d documents, %d codes, %d passages, %d memos%n", file,
                        p.sources().size(), p.codebook().codes().size(), p.passages().size(), p.memos().size());
            }
            return 0;
        }
    }

    @Command(name = "qdc", mixinStandardHelpOptions = true, description = "The codebook as a REFI-QDA codebook.",
            footer = {"", "Example:", "  dyadlab export qdc pak-usa.qdc --codebook my-codebook.yaml"})
    static final class Qdc implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        CodebookOption codebook;

        @Parameters(paramLabel = "FILE", description = "The .qdc file to write.")
        Path file;

        @Override
        public Integer call() throws IOException {
            Codebook b = codebook.load(workspace.workspace());
            try (OutputStream out = Files.newOutputStream(file)) {
                QdcWriter.write(b, out);
            }
            spec.commandLine().getOut().printf("wrote %s: %d codes%n", file, b.codes().size());
            return 0;
        }
    }

    @Command(name = "passages", mixinStandardHelpOptions = true, description = "Coded passages as CSV.",
            footer = {"", "Example:", "  dyadlab export passages --code economic --coder rules,alice -o passages.csv"})
    static final class Passages implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--coder", split = ",", description = "Only these coders.")
        List<String> coders = new ArrayList<>();

        @Option(names = "--code", split = ",", description = "Only these codes (and codes under them).")
        List<String> codes = new ArrayList<>();

        @Option(names = "--documents", split = ",", description = "Only these documents.")
        List<String> documents = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
        Path output;

        @Override
        public Integer call() throws IOException {
            try (EventStore store = workspace.openExisting()) {
                var passages = store.coding().passages(new PassageQuery(Set.copyOf(coders), Set.copyOf(codes),
                        Set.copyOf(documents)));
                if (output == null) {
                    PassageCsvWriter.write(passages, store.corpus(), spec.commandLine().getOut());
                    spec.commandLine().getOut().flush();
                } else {
                    try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                        PassageCsvWriter.write(passages, store.corpus(), w);
                    }
                    spec.commandLine().getErr().printf("wrote %d passages to %s%n", passages.size(), output);
                }
            }
            return 0;
        }
    }
}
