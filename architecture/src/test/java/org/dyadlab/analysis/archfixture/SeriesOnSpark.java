package org.dyadlab.analysis.archfixture;

import org.apache.spark.sql.SparkSession;

/** Fixture: an analysis class that starts Spark (forbidden: Spark stays in the spark module). */
public final class SeriesOnSpark {
    public long count(SparkSession spark) {
        return spark.range(10).count();
    }
}
