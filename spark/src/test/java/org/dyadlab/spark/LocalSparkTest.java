package org.dyadlab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class LocalSparkTest {
    @Test
    void localSessionCountsOnTwoThreads() {
        SparkSession spark = LocalSpark.start("smoke", 2);
        try {
            assertThat(spark.range(0, 1000).count()).isEqualTo(1000);
            assertThat(spark.conf().get("spark.ui.enabled")).isEqualTo("false");
        } finally {
            spark.stop();
        }
    }
}
