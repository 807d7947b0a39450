package org.dyadlab.web.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyadlab.analysis.breaks.Break;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.breaks.ChangePointResult;
import org.dyadlab.analysis.breaks.ChangePoints;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.web.Workbench;
import org.dyadlab.web.data.Json.BreakJson;
import org.dyadlab.web.data.Json.BreaksJson;
import org.dyadlab.web.data.Json.MarkerJson;
import org.dyadlab.web.data.Json.PeriodJson;
import org.dyadlab.web.data.Json.PointJson;
import org.dyadlab.web.data.Json.SeriesJson;

/**
 * The relations index: a dyad's series at the metric and interval the user chose, with period bands and chronology
 * markers, and its change points. Series come from day sums kept between requests ({@link DayCache}).
 */
public final class RelationsData {
    private final Workbench workbench;
    private final ChronologyData chronology;
    private final DayCache cache;

    public RelationsData(Workbench workbench, ChronologyData chronology, boolean cacheDays) {
        this.workbench = workbench;
        this.chronology = chronology;
        this.cache = new DayCache(cacheDays);
    }

    /** What a series is of. */
    public record Request(Dyad dyad, boolean directed, Metric metric, Interval interval, Normalization normalization,
                          LocalDate from, LocalDate to, Set<String> origins) {
        public Request {
            origins = Set.copyOf(origins);
        }
    }

    public SeriesJson series(Request r, PeriodSet periods) {
        DyadSeries s = workbench.use(a -> DyadSeries.of(r.dyad(), r.directed(), r.interval(),
                cache.days(a.store(), r.dyad(), r.directed(), r.origins()), r.from(), r.to()));
        List<PointJson> points = new ArrayList<>(s.points().size());
        for (SeriesPoint p : s.points()) {
            points.add(new PointJson(p.start(), p.end(), finite(p.value(r.metric(), r.normalization())),
                    p.sums().events()));
        }
        List<MarkerJson> markers = chronology.ofDyad(r.dyad()).stream()
                .filter(e -> (r.from() == null || !e.date().isBefore(r.from())) && (r.to() == null || !e.date().isAfter(r.to())))
                .map(e -> new MarkerJson(e.date(), e.id(), chronology.eventId(e.id()), e.description(), e.factor())).toList();
        return new SeriesJson(r.dyad().toString(), r.directed(), r.metric().key(), r.metric().description(),
                r.interval().key(), r.metric().effective(r.normalization()).key(), r.from(), r.to(),
                r.origins().stream().sorted().toList(), points, periods(periods), markers);
    }

    public BreaksJson breaks(Request r) {
        DyadSeries s = workbench.use(a -> DyadSeries.of(r.dyad(), r.directed(), r.interval(),
                cache.days(a.store(), r.dyad(), r.directed(), r.origins()), r.from(), r.to()));
        List<LocalDate> dates = new ArrayList<>();
        double[] values = new double[s.points().size()];
        for (int i = 0; i < values.length; i++) {
            SeriesPoint p = s.points().get(i);
            dates.add(p.start());
            values[i] = p.sums().allEvents() == 0 ? Double.NaN
                    : p.fullIntervalValue(r.metric(), r.normalization(), r.interval());
        }
        ChangePointOptions options = ChangePointOptions.DEFAULT;
        String basis = r.metric().key() + " per " + r.interval().key() + "; PELT, change in mean, penalty "
                + options.penalty() + ", minimum segment " + options.minSegment() + " " + r.interval().key() + "s";
        ChangePointResult result = new ChangePoints(options).detect(r.metric().key(), basis, dates, values);
        List<BreakJson> breaks = result.breaks().stream().map(RelationsData::json).toList();
        return new BreaksJson(r.dyad().toString(), r.directed(), r.metric().key(), r.interval().key(), result.basis(),
                result.observed(), result.penalty().name(), breaks);
    }

    private static BreakJson json(Break b) {
        return new BreakJson(b.date(), finite(b.meanBefore()), finite(b.meanAfter()), finite(b.shiftInSigma()),
                finite(b.confidence()), finite(b.support()), b.low(), b.high());
    }

    static List<PeriodJson> periods(PeriodSet set) {
        return set == null ? List.of()
                : set.periods().stream().map(p -> new PeriodJson(p.name(), p.start(), p.end())).toList();
    }

    /** NaN and infinities as null: JSON has no NaN. */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
