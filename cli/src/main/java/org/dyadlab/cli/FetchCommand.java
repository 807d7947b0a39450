package org.dyadlab.cli;

import picocli.CommandLine.Command;

/** {@code dyadlab fetch ...}: downloads from public event datasets. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Download public event data into the workspace.",
        subcommands = {FetchGdeltCommand.class},
        footer = {"", "Example:", "  dyadlab fetch gdelt --from 2018-01-01 --to 2018-01-31 --dyad PAK-USA"})
final class FetchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
