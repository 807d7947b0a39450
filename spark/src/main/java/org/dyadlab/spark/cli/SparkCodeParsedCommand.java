package org.dyadlab.spark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.spark.CodingReaders;
import org.dyadlab.spark.ImportJob;
import org.dyadlab.spark.SentenceSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab spark code parsed}: codes parsed sentences into events, file by file on the executors. */
@Command(name = "parsed", mixinStandardHelpOptions = true,
        description = {"Code parsed sentences (PETRARCH XML, as 'dyadlab code parsed') into events with the event "
                + "coder, one Spark task per file, and write them as Parquet in the event schema (origin 'coder').",
            "The output folder is replaced; events the coder finds but CAMEO lacks go to <output>.rejects/."},
        footer = {"", "Example:",
            "  dyadlab spark code parsed \\",
            "      --dictionaries ../shared/data/petrarch2/dictionaries \\",
            "      --output coded-parquet stories/"})
final class SparkCodeParsedCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--dictionaries", required = true, paramLabel = "DIR",
            description = "Dictionary folder (Phoenix or PETR.Validate set), readable by every executor.")
    Path dictionaries;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Parquet output folder.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "PETRARCH XML files, or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dictionaries)) {
            throw new IllegalArgumentException("--dictionaries " + dictionaries + " is not a folder");
        }
        SparkSession spark = sparkOptions.session("dyadlab code");
        try {
            ImportJob.Result r = new ImportJob(spark, new CodingReaders(dictionaries.toAbsolutePath().toString(),
                    SentenceSource.PETRARCH_XML)).run(ImportJob.inputs(inputs, "petrarch-parsed"), output);
            SparkImportCommand.print(spec.commandLine().getOut(), r, output);
        } finally {
            spark.stop();
        }
        return 0;
    }
}
