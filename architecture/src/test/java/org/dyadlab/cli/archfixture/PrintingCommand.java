package org.dyadlab.cli.archfixture;

/** Breaks the output rule on purpose (System.out in a command); only the rule self-tests import it. */
public final class PrintingCommand {
    void run() {
        System.out.println("printed past picocli's out()");
    }
}
