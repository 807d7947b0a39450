package org.dyadlab.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./dyadlab bench ...}: whole-pipeline benchmarks that print their figures (they assert nothing). */
@Command(name = "dyadlab bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. Each prints what it measured; none asserts a time.",
        subcommands = {ImportBench.class, AnalysisBench.class, CalibrationBench.class, CorpusBench.class,
            CoderBench.class, TextBench.class, WebBench.class},
        footer = {"", "Examples:", "  ./dyadlab bench import --rows 5000000", "  ./dyadlab bench analysis",
            "  ./dyadlab bench corpus --repeat 3", "  ./dyadlab bench coder --repeat 10",
            "  ./dyadlab bench text", "  ./dyadlab bench web --requests 200"})
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
