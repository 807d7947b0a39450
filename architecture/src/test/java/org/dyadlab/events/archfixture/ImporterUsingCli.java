package org.dyadlab.events.archfixture;

import org.dyadlab.cli.Main;
import picocli.CommandLine;

/** Breaks the layering on purpose (events reaching up into cli and picocli); only the rule self-tests import it. */
public final class ImporterUsingCli {
    CommandLine commandLine = Main.commandLine();
}
