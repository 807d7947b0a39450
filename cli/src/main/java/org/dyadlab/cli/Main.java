package org.dyadlab.cli;

import picocli.CommandLine;

/** The {@code dyadlab} program: builds the command line, runs it, exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests through {@code execute(...)}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DyadlabCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
