package org.dyadlab.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session on this machine ({@code local[N]}): bound to the loopback address, without the web UI, with
 * as many shuffle partitions as cores. On a cluster, {@code spark-submit} supplies the master and the session
 * is taken as it is configured there ({@link #orSubmitted}).
 */
public final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * A local session with {@code cores} worker threads ({@code local[*]} when cores is 0).
     *
     * @param cores worker threads, 0 for one per core
     */
    public static SparkSession start(String appName, int cores) {
        return start(appName, cores, null);
    }

    /**
     * A local session whose shuffle and spill files go to {@code scratch} ({@code spark.local.dir}), or to the
     * system's temporary folder when it is null.
     */
    public static SparkSession start(String appName, int cores, java.nio.file.Path scratch) {
        if (cores < 0) {
            throw new IllegalArgumentException("cores must be >= 0, was " + cores);
        }
        int partitions = cores == 0 ? Runtime.getRuntime().availableProcessors() : cores;
        SparkSession.Builder b = SparkSession.builder();
        if (scratch != null) {
            b.config("spark.local.dir", scratch.toAbsolutePath().toString());
        }
        return b
                .appName(appName)
                .master(cores == 0 ? "local[*]" : "local[" + cores + "]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, partitions * 2)))
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    /** The session spark-submit configured (master, resources), or a local one when run without it. */
    public static SparkSession orSubmitted(String appName, int localCores) {
        if (System.getProperty("spark.master") != null) {
            return SparkSession.builder().appName(appName).config("spark.sql.session.timeZone", "UTC").getOrCreate();
        }
        return start(appName, localCores);
    }
}
