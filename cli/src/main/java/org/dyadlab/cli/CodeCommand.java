package org.dyadlab.cli;

import picocli.CommandLine.Command;

/** {@code dyadlab code ...}: coding text into events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code sentences into who-did-what-to-whom events (CAMEO) with PETRARCH-format dictionaries.",
        subcommands = {CodeParsedCommand.class},
        footer = {"", "Example:",
            "  dyadlab code parsed stories.xml --format json > events.json"})
final class CodeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
