package org.dyadlab.spark.cli;

import java.io.UncheckedIOException;
import org.dyadlab.events.EventFileException;
import org.dyadlab.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadlab-spark}: the Spark jobs, run locally ({@code ./dyadlab spark ...}, {@code local[N]}) or on a cluster
 * with {@code spark-submit --class org.dyadlab.spark.cli.SparkMain} (docs/spark.md). Exit codes as the dyadlab
 * command: 0 done, 1 bad data or failure, 2 bad arguments.
 */
@Command(name = "dyadlab spark", mixinStandardHelpOptions = true,
        description = "Scale-out jobs on Apache Spark: import event files to Parquet, series, coding of parsed "
                + "sentences and of raw text.",
        subcommands = {SparkImportCommand.class, SparkSeriesCommand.class, SparkCodeCommand.class,
            SparkBenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  dyadlab spark import --format gdelt1 --output events-parquet downloads/gdelt1/",
            "  dyadlab spark series --events events-parquet --dyad PAK-USA --interval month \\",
            "      --output monthly.csv",
            "  dyadlab spark code text --dictionaries DICT --output news-parquet news.jsonl",
            "  spark-submit --class org.dyadlab.spark.cli.SparkMain \\",
            "      --jars \"$(ls spark/target/app/submit/*.jar | paste -sd,)\" \\",
            "      spark/target/app/lib/dyadlab-spark-*.jar \\",
            "      import --format gdelt1 --output /shared/events-parquet /shared/gdelt1/",
            "  (DICT: the Phoenix dictionaries, e.g. ../shared/data/petrarch2/dictionaries)"})
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new SparkMain()).setExecutionExceptionHandler((ex, cl, parsed) -> {
            if (System.getenv("DYADLAB_DEBUG") != null) {
                ex.printStackTrace(cl.getErr());
            }
            if (ex instanceof IllegalArgumentException && ex.getMessage() != null && !(ex instanceof NumberFormatException)) {
                cl.getErr().println("dyadlab spark: " + ex.getMessage());
                cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
                return CommandLine.ExitCode.USAGE;
            }
            boolean data = ex instanceof EventFileException || ex instanceof StoreException
                    || ex instanceof UncheckedIOException || ex instanceof java.io.IOException;
            cl.getErr().println("dyadlab spark: " + (data ? ex.getMessage()
                    : "failed: " + ex + " (set DYADLAB_DEBUG=1 for the stack trace)"));
            return CommandLine.ExitCode.SOFTWARE;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
