package org.dyadlab.cli;

import picocli.CommandLine.Command;

/** {@code dyadlab eval ...}: evaluations of the coder against published test suites. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate the event coder against a published test suite.",
        subcommands = {EvalPetrarchSuiteCommand.class},
        footer = {"", "Example:",
            "  dyadlab eval petrarch-suite PETR.UnitTest.records.xml"})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
