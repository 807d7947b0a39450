package org.dyadlab.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.model.period.Interval;
import org.dyadlab.store.AggregateQuery;
import org.dyadlab.store.DayAggregate;

/**
 * A dyad's series and QuadClass counts over a Parquet event folder: Spark runs the store's own day-sums SQL
 * ({@link AggregateQuery#daySumsSql}) over the events, the few thousand day rows come back to the driver, and the
 * analysis module turns them into the series ({@link DyadSeries#of}): the definitions are those of
 * {@code dyadlab series}, not a copy of them.
 */
public final class SeriesJob {
    private static final String VIEW = "dyadlab_events";

    private final SparkSession spark;

    public SeriesJob(SparkSession spark) {
        this.spark = spark;
    }

    /** The day sums of the query over the events (canonical columns), in day order. */
    public List<DayAggregate> daySums(Dataset<Row> events, AggregateQuery query) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        events.createOrReplaceTempView(VIEW);
        AggregateQuery.SqlText sql = query.daySumsSql(VIEW);
        List<DayAggregate> out = new ArrayList<>();
        for (Row r : spark.sql(inline(sql)).collectAsList()) {
            out.add(new DayAggregate(r.getLocalDate(0), r.getLong(1), r.getDouble(2), r.getLong(3), r.getLong(4),
                    r.getLong(5), r.getLong(6), r.getDouble(7), r.getDouble(8), r.getLong(9), r.getLong(10)));
        }
        return out;
    }

    /**
     * The SQL with its parameters written in as literals: Spark binds positional parameters in its own order of the
     * parsed plan, not in the order of the text, so the store's {@code ?} list cannot be handed over as it is.
     */
    static String inline(AggregateQuery.SqlText sql) {
        StringBuilder out = new StringBuilder();
        int p = 0;
        String text = sql.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '?') {
                out.append(c);
                continue;
            }
            Object v = sql.params().get(p++);
            if (v instanceof LocalDate d) {
                out.append("DATE '").append(d).append('\'');
            } else if (v instanceof String str) {
                out.append('\'').append(str.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
            } else {
                throw new IllegalArgumentException("unexpected parameter type " + v.getClass().getName());
            }
        }
        if (p != sql.params().size()) {
            throw new IllegalArgumentException(sql.params().size() + " parameters for " + p + " placeholders");
        }
        return out.toString();
    }

    /** The series of the Parquet folder's events (as the import job writes them). */
    public DyadSeries series(Path parquetFolder, AggregateQuery query, Interval interval) {
        Dataset<Row> events = spark.read().parquet(parquetFolder.toString());
        return DyadSeries.of(query.dyad(), query.directed(), interval, daySums(events, query), query.from(), query.to());
    }

    /** Writes the series as CSV with the columns of {@code dyadlab series --format csv}. */
    public static void writeCsv(DyadSeries s, Normalization n, Path file) {
        String direction = s.directed() ? s.dyad().first() + ">" + s.dyad().second() : "both";
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            StringBuilder header = new StringBuilder("dyad,direction,interval,interval_start,interval_end,normalization");
            for (Metric m : Metric.values()) {
                header.append(',').append(m.key());
            }
            w.println(header.append(",actor_events,dataset_events"));
            for (SeriesPoint p : s.points()) {
                LocalDate last = p.end().minusDays(1);
                StringBuilder row = new StringBuilder().append(s.dyad()).append(',').append(direction).append(',')
                        .append(s.interval().key()).append(',').append(p.start()).append(',').append(last).append(',')
                        .append(n.key());
                for (Metric m : Metric.values()) {
                    double v = p.value(m, n);
                    row.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
                }
                w.println(row.append(',').append(p.sums().actorEvents()).append(',').append(p.sums().allEvents()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
