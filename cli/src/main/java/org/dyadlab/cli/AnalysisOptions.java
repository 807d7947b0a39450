package org.dyadlab.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say which part of a dyad's events to analyse, shared by series, compare and breaks. */
final class AnalysisOptions {
    @Option(names = {"-d", "--dyad"}, required = true, paramLabel = "AAA-BBB", converter = Converters.DyadConverter.class,
            description = "Two CAMEO country codes, e.g. PAK-USA.")
    Dyad dyad;

    @Option(names = "--directed", description = "Only events from the dyad's first actor to its second.")
    boolean directed;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: the first day the data covers).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the last day the data covers).")
    LocalDate to;

    @Option(names = "--origin", split = ",", paramLabel = "ORIGIN",
            description = "Only events of these datasets (gdelt1, gdelt2, icews, icews18, ...); the volume "
                    + "denominators use the same ones. Default: all.")
    List<String> origins;

    @Option(names = "--interval", defaultValue = "month", converter = IntervalConverter.class, paramLabel = "WIDTH",
            description = "day, week (ISO, Monday-Sunday), month, quarter or year (default: ${DEFAULT-VALUE}).")
    Interval interval;

    @Option(names = "--normalize", defaultValue = "none", converter = NormalizationConverter.class, paramLabel = "HOW",
            description = "Count-like metrics as raw values (none), per 1,000 events involving either actor (actors) "
                    + "or per 1,000 events in the dataset (dataset). Default: ${DEFAULT-VALUE}.")
    Normalization normalization;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Read the events from this folder of Parquet files (the output of the Spark import, "
                    + "partitioned year=/month=) instead of the workspace store.")
    java.nio.file.Path parquet;

    /** The events to analyse: the Parquet folder when given, else the workspace's store (which must exist). */
    org.dyadlab.store.EventStore open(WorkspaceOption workspace) {
        if (parquet != null) {
            if (!java.nio.file.Files.isDirectory(parquet)) {
                throw new UsageException("--parquet " + parquet + " is not a folder");
            }
            return org.dyadlab.store.EventStore.openParquet(parquet, org.dyadlab.model.cameo.CameoOntology.standard());
        }
        return workspace.openExisting();
    }

    DyadAnalysis.Scope scope() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        return new DyadAnalysis.Scope(dyad, directed, from, to,
                origins == null ? java.util.Set.of() : new LinkedHashSet<>(origins));
    }

    String direction() {
        return directed ? dyad.first() + ">" + dyad.second() : "both";
    }

    static final class IntervalConverter implements CommandLine.ITypeConverter<Interval> {
        @Override
        public Interval convert(String value) {
            try {
                return Interval.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class NormalizationConverter implements CommandLine.ITypeConverter<Normalization> {
        @Override
        public Normalization convert(String value) {
            try {
                return Normalization.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
