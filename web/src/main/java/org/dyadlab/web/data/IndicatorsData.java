package org.dyadlab.web.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.store.IndicatorStore;
import org.dyadlab.web.Workbench;

/**
 * The workspace's indicator series, grouped by the factor of the codebook each informs: aid, trade and the FATF
 * status are economic, UN voting is political; any other series is listed under "other".
 */
public final class IndicatorsData {
    private static final Map<String, String> FACTOR_BY_PREFIX = Map.of("us_aid", "economic", "us_goods", "economic",
            "fatf", "economic", "imf", "economic", "un_vote", "political");

    private final Workbench workbench;

    public IndicatorsData(Workbench workbench) {
        this.workbench = workbench;
    }

    /** One stored series, summarised. */
    public record SeriesInfoJson(String indicator, String subject, long values, LocalDate first, LocalDate last,
                                 String unit, String source) {
    }

    /** A factor and its series. */
    public record FactorJson(String factor, String name, List<SeriesInfoJson> series) {
    }

    /** One value: its date, the time it covers in words ("FY2018"), its precision. */
    public record ValueJson(LocalDate date, String label, String precision, double value) {
    }

    /** One series with its values. */
    public record IndicatorSeriesJson(String indicator, String subject, String unit, String source,
                                      List<ValueJson> values) {
    }

    public static String factorOf(String indicator) {
        return FACTOR_BY_PREFIX.entrySet().stream().filter(e -> indicator.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("other");
    }

    public List<FactorJson> byFactor() {
        List<IndicatorStore.Catalogue> catalogue = workbench.use(a -> a.store().indicators().catalogue());
        Map<String, List<SeriesInfoJson>> grouped = new LinkedHashMap<>();
        for (Code factor : workbench.codebook().children(null)) {
            grouped.put(factor.id(), new ArrayList<>());
        }
        for (IndicatorStore.Catalogue c : catalogue) {
            grouped.computeIfAbsent(factorOf(c.indicator()), k -> new ArrayList<>()).add(new SeriesInfoJson(
                    c.indicator(), c.subject(), c.values(), c.first(), c.last(), c.unit(), c.source()));
        }
        List<FactorJson> out = new ArrayList<>();
        grouped.forEach((factor, series) -> out.add(new FactorJson(factor,
                workbench.codebook().code(factor).map(Code::name).orElse(factor.equals("other") ? "Other series" : factor),
                series)));
        return out;
    }

    public IndicatorSeriesJson series(String indicator, String subject, LocalDate from, LocalDate to) {
        List<IndicatorObservation> values = workbench.use(a -> a.store().indicators().series(indicator, subject, from, to));
        String unit = values.isEmpty() ? null : values.get(0).unit();
        String source = values.isEmpty() ? null : values.get(0).source();
        return new IndicatorSeriesJson(indicator, subject, unit, source, values.stream()
                .map(o -> new ValueJson(o.date(), o.timeLabel(), o.precision().key(), o.value())).toList());
    }
}
