package org.dyadlab.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.events.EventFormat;
import org.dyadlab.spark.FormatReaders;
import org.dyadlab.spark.ImportJob;
import org.dyadlab.spark.InputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab spark import}: event files to Parquet partitioned by year and month. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import event files into Parquet (dyadlab's event schema, partitioned year=/month=) with the "
                + "embedded importer's readers, rejects and duplicate rules; one Spark task per file.",
            "The output folder is replaced; rejects go to <output>.rejects/ (one CSV per file that had any). Read it "
                    + "with 'dyadlab series --parquet DIR' or 'dyadlab import events --format dyadlab DIR'."},
        footer = {"", "Examples:",
            "  dyadlab spark import --format gdelt1 --output pak-usa-parquet \\",
            "      downloads/gdelt1/",
            "  dyadlab spark import --format icews --output icews-parquet --cores 2 \\",
            "      events.2017.tab events.2018.tab"})
final class SparkImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "gdelt1, gdelt2, icews, icews18, phoenix or dyadlab.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Parquet output folder.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Input files, in the order that decides which duplicate wins; a folder stands for its files "
                    + "in name order. Every executor must be able to read them (a shared file system).")
    List<Path> inputs;

    @Override
    public Integer call() {
        EventFormat.ofKey(format);
        List<InputFile> files = ImportJob.inputs(inputs, format);
        SparkSession spark = sparkOptions.session("dyadlab import " + format);
        try {
            ImportJob.Result r = new ImportJob(spark, new FormatReaders()).run(files, output);
            print(spec.commandLine().getOut(), r, output);
        } finally {
            spark.stop();
        }
        return 0;
    }

    static void print(PrintWriter out, ImportJob.Result r, Path output) {
        out.printf("%d files: read %,d, imported %,d, duplicates %,d (same id %,d, same content %,d), rejected %,d%n",
                r.files(), r.read(), r.imported(), r.duplicateIds() + r.duplicateContent(), r.duplicateIds(),
                r.duplicateContent(), r.rejected());
        out.println("events: " + output.toAbsolutePath());
        if (r.rejected() > 0) {
            out.println("every reject is listed in " + r.rejectsDir().toAbsolutePath());
        }
    }
}
