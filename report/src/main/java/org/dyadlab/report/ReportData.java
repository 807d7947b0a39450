package org.dyadlab.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a case report shows, computed before rendering: the renderers only lay it out. Every string may
 * come from untrusted documents and is escaped wherever it is shown; every number here was computed from
 * the evidence, none typed.
 *
 * @param title          report title ("Pakistan – United States relations, 2013–2025")
 * @param subtitle       one line under the title
 * @param generated      the day the report was made
 * @param summary        the findings, in order, each a computed statement
 * @param chronology     the chronology, in date order
 * @param relationsIndex the monthly cooperation–conflict series with periods, breaks and markers
 * @param factors        one section per factor (political, strategic, economic)
 * @param comparisons    comparisons of periods (events and indicators)
 * @param methods        inputs, parameters and limitations
 * @param bibliography   every cited source, in key order
 * @param findings       the case's declared findings with their evidence and triangulation (empty when the case
 *                       declares none; absent from reports written before it existed)
 */
public record ReportData(String title, String subtitle, LocalDate generated, List<Finding> summary,
                         List<TimelineEntry> chronology, SeriesChart relationsIndex, List<FactorSection> factors,
                         List<ComparisonTable> comparisons, Methods methods, List<BibEntry> bibliography,
                         List<FindingEvidence> findings) {
    /** A report without declared findings (the contract before findings were added). */
    public ReportData(String title, String subtitle, LocalDate generated, List<Finding> summary,
                      List<TimelineEntry> chronology, SeriesChart relationsIndex, List<FactorSection> factors,
                      List<ComparisonTable> comparisons, Methods methods, List<BibEntry> bibliography) {
        this(title, subtitle, generated, summary, chronology, relationsIndex, factors, comparisons, methods,
                bibliography, List.of());
    }

    public ReportData {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(generated, "generated");
        summary = List.copyOf(summary);
        chronology = List.copyOf(chronology);
        factors = List.copyOf(factors);
        comparisons = List.copyOf(comparisons);
        Objects.requireNonNull(methods, "methods");
        bibliography = List.copyOf(bibliography);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** This report with the declared findings given. */
    public ReportData withFindings(List<FindingEvidence> declared) {
        return new ReportData(title, subtitle, generated, summary, chronology, relationsIndex, factors, comparisons,
                methods, bibliography, declared);
    }

    /**
     * A declared finding with the evidence that bears on it and its triangulation (docs/claims.md).
     *
     * @param id                 its id
     * @param statement          the statement
     * @param score              triangulation score, 0–1
     * @param strength           strong, moderate, weak or none
     * @param independentSources distinct originators among the supporting sources
     * @param originators        those originators
     * @param kinds              the kinds of source among them
     * @param sides              the sides among them (the dyad's countries, third-party)
     * @param flags              what a reviewer should look at ("single-source", "contradicted"…)
     * @param supporting         the evidence for it
     * @param contradicting      the evidence against it
     * @param sources            every source of that evidence, classified
     * @param unresolved         declared references that did not resolve
     */
    public record FindingEvidence(String id, String statement, double score, String strength, int independentSources,
                                  List<String> originators, List<String> kinds, List<String> sides, List<String> flags,
                                  List<EvidenceRow> supporting, List<EvidenceRow> contradicting,
                                  List<SourceRow> sources, List<String> unresolved) {
        public FindingEvidence {
            originators = copy(originators);
            kinds = copy(kinds);
            sides = copy(sides);
            flags = copy(flags);
            supporting = copy(supporting);
            contradicting = copy(contradicting);
            sources = copy(sources);
            unresolved = copy(unresolved);
        }
    }

    /**
     * An item of evidence of a finding.
     *
     * @param kind    chronology, event, passage, indicator or gazetteer
     * @param id      its id
     * @param when    its date as a reader names it ("2018-01-04", "FY2018"), or empty
     * @param text    what it says
     * @param note    how it bears (a computed change, the code of a passage), or empty
     * @param sources its sources
     */
    public record EvidenceRow(String kind, String id, String when, String text, String note, List<SourceRef> sources) {
        public EvidenceRow {
            sources = copy(sources);
        }
    }

    /** A source of an item of evidence: a bibliography key (a link), else a label and an address. */
    public record SourceRef(String key, String label, String url) {
    }

    /** A source classified: originator, kind, side, and how that was decided. */
    public record SourceRow(String key, String originator, String kind, String side, String basis) {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A statement of the report with the evidence it rests on.
     *
     * @param heading   short label ("US aid")
     * @param text      the statement, with its numbers already in it
     * @param citations bibliography keys supporting it (may be empty when it rests on the data of Methods)
     */
    public record Finding(String heading, String text, List<String> citations) {
        public Finding {
            citations = List.copyOf(citations);
        }
    }

    /**
     * One chronology event.
     *
     * @param date        the date
     * @param precision   day, month or year
     * @param factorId    political, strategic or economic
     * @param themeId     the theme key (factor.theme)
     * @param themeLabel  the theme's name
     * @param actors      "USA → PAK" as written for people
     * @param cameoCode   the CAMEO code
     * @param cameoLabel  its label
     * @param goldstein   its Goldstein weight
     * @param description one line
     * @param citations   bibliography keys
     */
    public record TimelineEntry(LocalDate date, String precision, String factorId, String themeId, String themeLabel,
                                String actors, String cameoCode, String cameoLabel, double goldstein,
                                String description, List<String> citations) {
        public TimelineEntry {
            citations = List.copyOf(citations);
        }
    }

    /**
     * A time series chart: one or more lines over dated points, with period bands, break lines and markers.
     *
     * @param title   chart title
     * @param yLabel  what the y axis shows, with unit and normalisation
     * @param series  the lines
     * @param bands   shaded periods
     * @param breaks  vertical lines for change points
     * @param markers chronology markers (date and short label) on the x axis
     * @param note    a caption: coverage, method, caveats
     */
    public record SeriesChart(String title, String yLabel, List<Line> series, List<Band> bands, List<BreakLine> breaks,
                              List<Marker> markers, String note) {
        public SeriesChart {
            series = List.copyOf(series);
            bands = List.copyOf(bands);
            breaks = List.copyOf(breaks);
            markers = List.copyOf(markers);
            note = note == null ? "" : note;
        }
    }

    /** A named line of points; a point's value may be NaN (a gap). */
    public record Line(String name, List<Point> points) {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A dated value, with the number of events or observations behind it. */
    public record Point(LocalDate date, double value, long n) {
    }

    /** A shaded period from start (inclusive) to end (exclusive; null = to the end of the chart). */
    public record Band(String name, LocalDate start, LocalDate end) {
    }

    /** A change point: its date, the means either side and its confidence (0–1, NaN when not measured). */
    public record BreakLine(LocalDate date, double meanBefore, double meanAfter, double confidence) {
    }

    /** A marker on the time axis, coloured by factor. */
    public record Marker(LocalDate date, String label, String factorId) {
    }

    /**
     * An indicator chart of a factor section.
     *
     * @param title  chart title
     * @param unit   the unit of the values
     * @param kind   bar, line or step
     * @param labels the x labels ("FY2018", "2018")
     * @param series one or more series over those labels (NaN = no value)
     * @param source the citation of the data, in words
     */
    public record IndicatorChart(String title, String unit, String kind, List<String> labels, List<NamedValues> series,
                                 String source) {
        public IndicatorChart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }
    }

    /** A named list of values aligned with a chart's labels. */
    public record NamedValues(String name, List<Double> values) {
        public NamedValues {
            values = List.copyOf(values);
        }
    }

    /**
     * A quoted passage of a document coded with a theme.
     *
     * @param themeId  the theme key
     * @param quote    the text (untrusted)
     * @param document the document's title
     * @param date     the document's date, or null
     * @param citation bibliography key or a reference in words
     * @param coder    who or what coded it ("rules", "alice")
     */
    public record Quote(String themeId, String quote, String document, LocalDate date, String citation, String coder) {
    }

    /**
     * One factor's section.
     *
     * @param factorId    political, strategic, economic
     * @param name        its name
     * @param description what it covers
     * @param themes      its themes (id → name), in codebook order
     * @param indicators  its indicator charts
     * @param events      its chronology events
     * @param quotes      coded passages for its themes (empty until the corpus is loaded)
     */
    public record FactorSection(String factorId, String name, String description, List<Theme> themes,
                                List<IndicatorChart> indicators, List<TimelineEntry> events, List<Quote> quotes) {
        public FactorSection {
            themes = List.copyOf(themes);
            indicators = List.copyOf(indicators);
            events = List.copyOf(events);
            quotes = List.copyOf(quotes);
        }
    }

    /** A theme of a factor. */
    public record Theme(String id, String name) {
    }

    /**
     * A comparison of periods as a table (and a dot-and-interval chart).
     *
     * @param title     what is compared
     * @param basis     units, normalisation, method, in words
     * @param estimates one row per metric and period
     * @param differences one row per metric and pair of periods
     */
    public record ComparisonTable(String title, String basis, List<EstimateRow> estimates,
                                  List<DifferenceRow> differences) {
        public ComparisonTable {
            estimates = List.copyOf(estimates);
            differences = List.copyOf(differences);
        }
    }

    /** A metric's value in a period with its interval (NaN when undefined) and how the interval was made. */
    public record EstimateRow(String metric, String period, double value, double low, double high, int units,
                              String method) {
    }

    /** The change of a metric between two periods. */
    public record DifferenceRow(String metric, String from, String to, double difference, double low, double high,
                                double pValue, double hedgesG) {
    }

    /**
     * The methods and data appendix.
     *
     * @param inputs      every input file with its size and hash
     * @param parameters  every parameter (name → value in words)
     * @param limitations what the reader must keep in mind
     */
    public record Methods(List<Input> inputs, List<Parameter> parameters, List<String> limitations) {
        public Methods {
            inputs = List.copyOf(inputs);
            parameters = List.copyOf(parameters);
            limitations = List.copyOf(limitations);
        }
    }

    /** An input: what it is, where it was read from, its size and SHA-256, and how many records it gave. */
    public record Input(String name, String path, long bytes, String sha256, String records) {
    }

    /** A parameter of the analysis. */
    public record Parameter(String name, String value) {
    }

    /**
     * A bibliography entry.
     *
     * @param key       the citation key
     * @param authors   authors or organisation
     * @param title     title
     * @param publisher publisher or site
     * @param date      date as given ("2018-01-04" or "2018-01")
     * @param url       address, or empty
     */
    public record BibEntry(String key, String authors, String title, String publisher, String date, String url) {
    }
}
