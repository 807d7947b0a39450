package org.dyadlab.spark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadlab spark code}: the coder on Spark, for parsed sentences or raw text. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code into CAMEO events on Spark, as 'dyadlab code parsed' and 'dyadlab code text' do, and "
                + "write the events as Parquet in the event schema.",
        subcommands = {SparkCodeParsedCommand.class, SparkCodeTextCommand.class},
        footer = {"", "Examples:",
            "  dyadlab spark code text --dictionaries DICT --output news-parquet news.jsonl",
            "  dyadlab spark code parsed --dictionaries DICT --output coded-parquet stories/",
            "  (DICT: the Phoenix dictionaries, e.g. ../shared/data/petrarch2/dictionaries)"})
final class SparkCodeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
