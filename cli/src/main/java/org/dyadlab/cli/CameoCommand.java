package org.dyadlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab cameo}: looks up CAMEO event codes. */
@Command(name = "cameo", mixinStandardHelpOptions = true,
        description = "Show CAMEO event codes with label, QuadClass and Goldstein weight (all of them, or those "
                + "starting with the given codes).",
        footer = {"", "Examples:", "  dyadlab cameo 16        # Reduce relations and its sub-codes", "  dyadlab cameo 0211 1041"})
final class CameoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CODE", description = "Code prefixes, e.g. 16 or 0211.")
    List<String> prefixes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        for (EventCode c : CameoOntology.standard().eventCodes()) {
            if (prefixes == null || prefixes.stream().anyMatch(p -> c.code().startsWith(p))) {
                out.printf("%-5s %-58s %-21s %5.1f%n", c.code(), "  ".repeat(c.level() - 1) + c.label(),
                        c.quadClass().label(), c.goldstein());
                shown++;
            }
        }
        if (shown == 0) {
            throw new UsageException("no CAMEO event code starts with " + prefixes);
        }
        return 0;
    }
}
