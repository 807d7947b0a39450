package org.dyadlab.cli;

import picocli.CommandLine.Command;

/** {@code dyadlab corpus ...}: the document corpus. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Documents: ingest files (PDF, HTML, DOCX, ODT, text, JSON lines), list them, search them.",
        subcommands = {CorpusIngestCommand.class, CorpusSearchCommand.class, CorpusListCommand.class,
            CorpusReindexCommand.class},
        footer = {"", "Examples:",
            "  dyadlab corpus ingest ../shared/data/un-general-debate-corpus/speeches --kind speech \\",
            "      --name-pattern '(?<side>[A-Z]{3})_\\d+_(?<year>\\d{4})'",
            "  dyadlab corpus search \"safe havens\" --kind speech --side PAK"})
final class CorpusCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
