package org.dyadlab.spark.cli;

import org.apache.spark.sql.SparkSession;
import org.dyadlab.spark.LocalSpark;
import picocli.CommandLine.Option;

/** How the session is had: spark-submit's (when it set spark.master) or a local one with --cores threads. */
final class SparkOptions {
    @Option(names = "--cores", defaultValue = "0", paramLabel = "N",
            description = "Local runs only: worker threads (local[N]); 0 = one per core (local[*]). Ignored under "
                    + "spark-submit, where --master and --executor-cores decide.")
    int cores;

    SparkSession session(String app) {
        if (cores < 0) {
            throw new IllegalArgumentException("--cores must be 0 or more");
        }
        return LocalSpark.orSubmitted(app, cores);
    }
}
