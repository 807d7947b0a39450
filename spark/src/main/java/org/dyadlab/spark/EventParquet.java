package org.dyadlab.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.dyadlab.store.EventColumns;

/** The jobs' event output: the columns of the event schema (decision 0003), partitioned {@code year=/month=}. */
public final class EventParquet {
    private EventParquet() {
    }

    /** Writes the event columns of {@code rows} (other columns are left out) to {@code folder}, replacing it. */
    public static void write(Dataset<Row> rows, Path folder) {
        Column[] columns = Stream.concat(EventColumns.NAMES.stream().map(c -> col(c)),
                Stream.of(year(col("event_date")).as("year"), month(col("event_date")).as("month")))
                .toArray(Column[]::new);
        rows.select(columns).write().mode(SaveMode.Overwrite).partitionBy("year", "month").parquet(folder.toString());
    }
}
