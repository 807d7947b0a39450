package org.dyadlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.period.Interval;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pakistan–USA weekly series on the real ICEWS18 sample (see {@link Icews18Sample} for how actors are
 * resolved: persons are left out of the dyad in this test), checked against plain SQL over the same store
 * file, grouped by DuckDB's {@code date_trunc('week', …)} (ISO weeks, Monday first).
 */
@SharedDataTest
class PakistanUsaWeeklySeriesTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");
    private static final double TOLERANCE = 1e-12;

    /** One week by SQL: dyad events, its QuadClass counts, events involving PAK or USA, all events. */
    private record Week(long events, long[] quad, double goldsteinSum, long actorEvents, long allEvents) {
    }

    @Test
    void weeklyQuadClassSharesEqualSqlOverTheSameEvents(@TempDir Path dir) throws Exception {
        List<Event> events = Icews18Sample.read(SharedData.resolve("icews18-renet"));
        DyadSeries series;
        try (EventStore store = HandMadeEvents.storeWith(dir, events)) {
            assertThat(store.countEvents()).as("every line of valid.txt and test.txt is stored").isEqualTo(45_995 + 49_545);
            series = new DyadAnalysis(store).series(new DyadAnalysis.Scope(PAK_USA, false, null, null, Set.of()),
                    Interval.WEEK);
        }
        Map<LocalDate, Week> sql = weeksBySql(new Workspace(dir).databaseFile());

        List<SeriesPoint> points = series.points();
        assertThat(points.get(0).start()).isEqualTo(LocalDate.of(2018, 8, 29));
        assertThat(points.get(points.size() - 1).end()).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThat(points).hasSize(sql.size());
        assertThat(series.total().events()).as("PAK–USA events in the sample").isEqualTo(
                sql.values().stream().mapToLong(Week::events).sum()).isGreaterThan(50);

        for (SeriesPoint p : points) {
            LocalDate monday = p.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Week w = sql.get(monday);
            assertThat(w).as("SQL week of " + monday).isNotNull();
            String on = "week of " + monday;
            assertThat(p.sums().events()).as(on).isEqualTo(w.events());
            assertThat(p.sums().actorEvents()).as(on).isEqualTo(w.actorEvents());
            assertThat(p.sums().allEvents()).as(on).isEqualTo(w.allEvents());
            List<Metric> shares = List.of(Metric.VERBAL_COOPERATION_SHARE, Metric.MATERIAL_COOPERATION_SHARE,
                    Metric.VERBAL_CONFLICT_SHARE, Metric.MATERIAL_CONFLICT_SHARE);
            for (int q = 0; q < 4; q++) {
                double value = p.value(shares.get(q), Normalization.NONE);
                if (w.events() == 0) {
                    assertThat(value).as(on + " " + shares.get(q).key()).isNaN();
                } else {
                    assertThat(value).as(on + " " + shares.get(q).key())
                            .isCloseTo((double) w.quad()[q] / w.events(), within(TOLERANCE));
                }
            }
            double mean = p.value(Metric.GOLDSTEIN_MEAN, Normalization.NONE);
            if (w.events() == 0) {
                assertThat(mean).isNaN();
            } else {
                assertThat(mean).as(on + " Goldstein mean").isCloseTo(w.goldsteinSum() / w.events(), within(1e-9));
            }
            assertThat(p.value(Metric.EVENTS, Normalization.DATASET)).as(on + " per 1,000")
                    .isCloseTo(1000.0 * w.events() / w.allEvents(), within(1e-9));
        }
    }

    private static Map<LocalDate, Week> weeksBySql(Path database) throws SQLException {
        String dyad = "((source_country = 'PAK' AND target_country = 'USA') "
                + "OR (source_country = 'USA' AND target_country = 'PAK'))";
        String sql = "SELECT CAST(date_trunc('week', event_date) AS DATE) AS week, "
                + "count(*) FILTER (WHERE " + dyad + "), "
                + "count(*) FILTER (WHERE " + dyad + " AND quad_class = 1), "
                + "count(*) FILTER (WHERE " + dyad + " AND quad_class = 2), "
                + "count(*) FILTER (WHERE " + dyad + " AND quad_class = 3), "
                + "count(*) FILTER (WHERE " + dyad + " AND quad_class = 4), "
                + "coalesce(sum(goldstein) FILTER (WHERE " + dyad + "), 0), "
                + "count(*) FILTER (WHERE source_country IN ('PAK', 'USA') OR target_country IN ('PAK', 'USA')), "
                + "count(*) FROM events GROUP BY 1 ORDER BY 1";
        Map<LocalDate, Week> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getObject(1, LocalDate.class), new Week(rs.getLong(2),
                        new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}, rs.getDouble(7),
                        rs.getLong(8), rs.getLong(9)));
            }
        }
        return out;
    }
}
