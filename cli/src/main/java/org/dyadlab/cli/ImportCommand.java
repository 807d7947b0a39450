package org.dyadlab.cli;

import picocli.CommandLine.Command;

/** {@code dyadlab import ...}: the import commands. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import data into the workspace.",
        subcommands = {ImportEventsCommand.class, ImportQdpxCommand.class},
        footer = {"", "Examples:", "  dyadlab import events --format icews18 ../shared/data/icews18-renet/valid.txt",
            "  dyadlab import qdpx expert-coding.qdpx"})
final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
