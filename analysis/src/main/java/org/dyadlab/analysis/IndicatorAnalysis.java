package org.dyadlab.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.compare.Comparison;
import org.dyadlab.analysis.compare.IndicatorPeriods;
import org.dyadlab.analysis.compare.PeriodComparator;
import org.dyadlab.analysis.indicators.ImfDotsReader;
import org.dyadlab.analysis.indicators.IndicatorReadResult;
import org.dyadlab.analysis.indicators.IndicatorSource;
import org.dyadlab.analysis.indicators.UnVoteAgreement;
import org.dyadlab.analysis.indicators.UsAidReader;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.IndicatorStore;

/** Indicator series: importing the real files, reading a series back, comparing periods. */
public final class IndicatorAnalysis {
    private final EventStore store;
    private final CameoOntology ontology;

    public IndicatorAnalysis(EventStore store, CameoOntology ontology) {
        this.store = store;
        this.ontology = ontology;
    }

    /** What an import read and what it changed in the store. */
    public record ImportResult(IndicatorReadResult read, IndicatorStore.SaveResult saved) {
    }

    /**
     * Reads a source and saves its values (idempotent: re-importing changes nothing).
     *
     * @param path  the file (us-aid, imf-dots) or the folder holding the UN voting files (unvotes)
     * @param dyads for unvotes: the dyads whose agreement to compute
     */
    public ImportResult importSource(IndicatorSource source, Path path, List<Dyad> dyads) throws IOException {
        IndicatorReadResult read = switch (source) {
            case US_AID -> new UsAidReader(ontology).read(path);
            case IMF_DOTS -> new ImfDotsReader(ontology).read(path);
            case UN_VOTES -> new UnVoteAgreement(ontology).read(path, dyads);
        };
        return new ImportResult(read, store.indicators().save(read.observations()));
    }

    public List<IndicatorObservation> series(String indicator, String subject, LocalDate from, LocalDate to) {
        return store.indicators().series(indicator, subject, from, to);
    }

    /** The indicator's mean per period (values assigned by the middle of the time they cover). */
    public Comparison compare(String indicator, String subject, PeriodSet periods, BootstrapOptions options) {
        return compare(indicator, subject, periods, options, null);
    }

    /**
     * As {@link #compare(String, String, PeriodSet, BootstrapOptions)}, with each value weighed by the
     * same-dated value of {@code weightIndicator} (null for equal weights): un_vote_agreement weighed by
     * un_votes_common gives the pooled share of identical votes in a period.
     */
    public Comparison compare(String indicator, String subject, PeriodSet periods, BootstrapOptions options,
                              String weightIndicator) {
        List<IndicatorObservation> s = series(indicator, subject, null, null);
        List<IndicatorObservation> w = weightIndicator == null ? null : series(weightIndicator, subject, null, null);
        String basis = "units: the values of " + indicator + " for " + subject + ", each in the period containing the "
                + "middle of the time it covers; period value = "
                + (w == null ? "mean of its values" : "mean weighted by " + weightIndicator) + "; intervals: "
                + "block bootstrap from " + PeriodComparator.MIN_BOOTSTRAP_UNITS + " units, Student's t below, "
                + options.level() * 100 + "%, seed " + options.seed();
        return new PeriodComparator(options).compare(List.of(indicator), IndicatorPeriods.build(s, w, periods), basis);
    }
}
