package org.dyadlab.casestudy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.IndicatorAnalysis;
import org.dyadlab.analysis.breaks.Break;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.breaks.ChangePointResult;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.compare.Comparison;
import org.dyadlab.analysis.compare.PeriodDifference;
import org.dyadlab.analysis.evidence.SourceProfiler;
import org.dyadlab.analysis.evidence.Triangulation;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.corpus.ingest.BibEntry;
import org.dyadlab.corpus.ingest.Bibliography;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.period.Interval;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.report.ReportData;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.PassageQuery;
import org.dyadlab.store.WorkspaceSummary;

/**
 * Computes everything the case report shows from the workspace the case was loaded into, and puts it into a
 * {@link ReportData}: the findings are sentences built around computed numbers, never typed ones.
 */
public final class CaseReportAssembler {
    private static final int QUOTES_PER_THEME = 2;

    private final CaseDefinition c;
    private final EventStore store;
    private final CameoOntology ontology;
    private final BootstrapOptions bootstrap;
    private final ChangePointOptions breakOptions;

    public CaseReportAssembler(CaseDefinition c, EventStore store, CameoOntology ontology, BootstrapOptions bootstrap,
                               ChangePointOptions breakOptions) {
        this.c = c;
        this.store = store;
        this.ontology = ontology;
        this.bootstrap = bootstrap;
        this.breakOptions = breakOptions;
    }

    /**
     * @param inputs the inputs of the run (case files and data files) for the methods appendix
     * @param today  the date the report carries
     */
    public ReportData assemble(List<ReportData.Input> inputs, LocalDate today) {
        Codebook codebook = CaseParts.codebook(c);
        PeriodSet periods = CaseParts.periods(c);
        Bibliography bib = CaseParts.bibliography(c);
        List<ChronologyEntry> chronology = ChronologyReader.read(c.file(c.chronology())).entries().stream()
                .sorted(Comparator.comparing(ChronologyEntry::date).thenComparing(ChronologyEntry::id)).toList();
        List<ReportData.TimelineEntry> timeline = chronology.stream().map(e -> timeline(e, codebook)).toList();

        DyadAnalysis analysis = new DyadAnalysis(store);
        IndicatorAnalysis indicators = new IndicatorAnalysis(store, ontology);
        LocalDate from = periods.periods().get(0).start();
        LocalDate to = LocalDate.of(c.toYear(), 12, 31);
        DyadAnalysis.Scope keyEvents = new DyadAnalysis.Scope(c.dyad(), false, from, to,
                Set.of(CaseLoader.CHRONOLOGY_ORIGIN));
        DyadAnalysis.Scope allEvents = new DyadAnalysis.Scope(c.dyad(), false, from, to, Set.of());
        Comparison keyComparison = analysis.compare(keyEvents, periods, Interval.QUARTER,
                List.of(Metric.GOLDSTEIN_MEAN, Metric.CONFLICT_SHARE), Normalization.NONE, bootstrap);
        ChangePointResult breaks = analysis.breaks(keyEvents, Interval.QUARTER, Metric.GOLDSTEIN_MEAN,
                Normalization.NONE, breakOptions);
        String partner = c.dyad().first().equals("USA") ? c.dyad().second() : c.dyad().first();
        String dyadSubject = c.dyad().first().compareTo(c.dyad().second()) < 0 ? c.dyad().toString()
                : c.dyad().reversed().toString();
        Comparison aid = indicators.compare("us_aid_obligations", partner, periods, bootstrap);
        Comparison votes = indicators.compare("un_vote_agreement", dyadSubject, periods, bootstrap, "un_votes_common");

        List<ReportData.ComparisonTable> comparisons = List.of(
                table("Relations index: the chronology's " + c.dyad() + " key events by administration",
                        keyComparison),
                table("US aid obligations to " + name(partner) + " (current USD per fiscal year)", aid),
                table("UN General Assembly voting agreement, " + dyadSubject + " (share of identical votes, pooled "
                        + "over each period's roll calls)", votes));
        ReportData.SeriesChart index = relationsIndex(analysis, keyEvents, allEvents, periods, breaks, chronology);
        List<ReportData.Finding> findings = findings(periods, keyComparison, aid, votes, breaks, chronology, partner);
        List<ReportData.FactorSection> factors = factors(codebook, timeline, indicators, partner, dyadSubject);
        List<ReportData.BibEntry> bibliography = bib.entries().stream().sorted(Comparator.comparing(BibEntry::key))
                .map(CaseReportAssembler::bibEntry).toList();
        CaseEvidence.Built evidence = CaseEvidence.of(c, store, ontology);
        Triangulation triangulation = new Triangulation(SourceProfiler.standard(), c.dyad());
        List<ReportData.FindingEvidence> declared = FindingsReport.of(CaseFindings.assess(c, evidence), triangulation);
        return new ReportData(c.title(), c.subtitle(), today, findings, timeline, index, factors, comparisons,
                methods(inputs, codebook, periods), bibliography, declared);
    }

    private ReportData.TimelineEntry timeline(ChronologyEntry e, Codebook codebook) {
        Optional<EventCode> code = ontology.eventCode(e.cameoCode());
        return new ReportData.TimelineEntry(e.date(), e.precision().key(), e.factor(), e.theme(),
                codebook.code(e.theme()).map(Code::name).orElse(e.theme()), e.sourceActor() + " → " + e.targetActor(),
                e.cameoCode(), code.map(EventCode::label).orElse(""), code.map(EventCode::goldstein).orElse(Double.NaN),
                e.description(), e.sources());
    }

    private ReportData.SeriesChart relationsIndex(DyadAnalysis analysis, DyadAnalysis.Scope keyEvents,
                                                  DyadAnalysis.Scope allEvents, PeriodSet periods,
                                                  ChangePointResult breaks, List<ChronologyEntry> chronology) {
        DyadSeries key = analysis.series(keyEvents, Interval.QUARTER);
        DyadSeries all = analysis.series(allEvents, Interval.ofKey(c.interval()));
        Metric metric = Metric.ofKey(c.metric());
        List<ReportData.Line> lines = List.of(
                line("Key events of the chronology (" + Metric.GOLDSTEIN_MEAN.description() + ", per quarter)", key,
                        Metric.GOLDSTEIN_MEAN),
                line("All event data in the workspace (" + metric.description() + ", per " + c.interval() + ")", all,
                        metric));
        List<ReportData.Band> bands = periods.periods().stream()
                .map(p -> new ReportData.Band(p.name(), p.start(), p.end())).toList();
        List<ReportData.BreakLine> breakLines = breaks.breaks().stream()
                .map(b -> new ReportData.BreakLine(b.date(), b.meanBefore(), b.meanAfter(), b.confidence())).toList();
        List<ReportData.Marker> markers = chronology.stream().filter(this::isDyad)
                .map(e -> new ReportData.Marker(e.date(), e.description().length() > 60
                        ? e.description().substring(0, 57) + "…" : e.description(), e.factor())).toList();
        WorkspaceSummary summary = store.summary();
        StringBuilder note = new StringBuilder("Mean Goldstein weight (−10 most conflictual, +10 most cooperative) of "
                + c.dyad() + " events, both directions. Coverage: ");
        for (WorkspaceSummary.OriginCount o : summary.origins()) {
            note.append(o.origin()).append(' ').append(String.format("%,d", o.events())).append(" events ")
                    .append(o.first()).append(" to ").append(o.last()).append("; ");
        }
        note.append("periods without events are gaps, not zeros. Breaks: PELT on the quarterly key-event series ("
                + breaks.penalty().name() + ", confidence against no change).");
        return new ReportData.SeriesChart("Relations index, " + c.dyad(), "mean Goldstein weight", lines, bands,
                breakLines, markers, note.toString());
    }

    private static ReportData.Line line(String name, DyadSeries s, Metric m) {
        List<ReportData.Point> points = new ArrayList<>();
        for (SeriesPoint p : s.points()) {
            points.add(new ReportData.Point(p.start(), p.value(m, Normalization.NONE), p.sums().events()));
        }
        return new ReportData.Line(name, points);
    }

    private boolean isDyad(ChronologyEntry e) {
        String a = e.sourceActor().substring(0, 3);
        String b = e.targetActor().substring(0, 3);
        return (a.equals(c.dyad().first()) && b.equals(c.dyad().second()))
                || (a.equals(c.dyad().second()) && b.equals(c.dyad().first()));
    }

    private List<ReportData.Finding> findings(PeriodSet periods, Comparison key, Comparison aid, Comparison votes,
                                              ChangePointResult breaks, List<ChronologyEntry> chronology,
                                              String partner) {
        List<ReportData.Finding> out = new ArrayList<>();
        List<String> named = periods.periods().stream().map(Period::name).limit(3).toList();
        out.add(new ReportData.Finding("US aid", "US aid obligations to " + name(partner) + " per fiscal year averaged "
                + perPeriod(aid, named, Money::usd) + "." + change(aid, named, Money::usd), List.of()));
        out.add(new ReportData.Finding("Relations index", "The mean Goldstein weight of the chronology's "
                + c.dyad() + " key events was " + perPeriod(key, "goldstein_mean", named, v -> Money.num(v, 2)) + "."
                + change(key, "goldstein_mean", named, v -> Money.num(v, 2))
                + " The share of conflictual key events was "
                + perPeriod(key, "conflict_share", named, v -> Money.num(v * 100, 0) + "%") + ".", List.of()));
        out.add(new ReportData.Finding("UN voting", "Of the UN General Assembly roll calls both countries voted on, "
                + "they cast the same vote on " + perPeriod(votes, named, v -> Money.num(v * 100, 1) + "%")
                + " (pooled over the roll calls of each administration's years; the voting data end in 2019)."
                + change(votes, named, v -> Money.num(v * 100, 1) + " points"), List.of()));
        if (breaks.breaks().isEmpty()) {
            out.add(new ReportData.Finding("When relations changed", "No break was found in the quarterly key-event "
                    + "relations index (" + breaks.penalty().name() + ", " + breaks.observed()
                    + " quarters with key events).", List.of()));
        } else {
            StringBuilder sb = new StringBuilder("The quarterly key-event relations index changes ");
            for (int i = 0; i < breaks.breaks().size(); i++) {
                Break b = breaks.breaks().get(i);
                sb.append(i == 0 ? "" : "; ").append("in the quarter starting ").append(b.date()).append(" (from ")
                        .append(Money.num(b.meanBefore(), 2)).append(" to ").append(Money.num(b.meanAfter(), 2))
                        .append(", confidence ").append(Money.num(b.confidence(), 2)).append(')');
            }
            out.add(new ReportData.Finding("When relations changed", sb + ".", List.of()));
        }
        List<ChronologyEntry> suspension = chronology.stream()
                .filter(e -> e.theme().equals("economic.aid-suspension")).toList();
        if (!suspension.isEmpty()) {
            Set<String> cites = new HashSet<>();
            StringBuilder sb = new StringBuilder("The chronology records " + suspension.size()
                    + " aid-suspension events: ");
            for (int i = 0; i < suspension.size(); i++) {
                ChronologyEntry e = suspension.get(i);
                sb.append(i == 0 ? "" : "; ").append(e.date()).append(", ").append(e.description());
                cites.addAll(e.sources());
            }
            out.add(new ReportData.Finding("Aid suspension", sb + ".", cites.stream().sorted().toList()));
        }
        fatfFinding().ifPresent(out::add);
        return out;
    }

    private Optional<ReportData.Finding> fatfFinding() {
        if (c.fatfStatus() == null) {
            return Optional.empty();
        }
        List<FatfStatus.Change> changes = FatfStatus.read(c.file(c.fatfStatus())).changes().stream()
                .filter(ch -> FatfStatus.LEVELS.containsKey(ch.status())).toList();
        List<String> spells = new ArrayList<>();
        Set<String> cites = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            FatfStatus.Change ch = changes.get(i);
            if (FatfStatus.LEVELS.get(ch.status()) > 0 && (i == 0 || FatfStatus.LEVELS.get(changes.get(i - 1).status()) == 0)) {
                int j = i;
                while (j < changes.size() && FatfStatus.LEVELS.get(changes.get(j).status()) > 0) {
                    cites.addAll(changes.get(j).sources());
                    j++;
                }
                LocalDate end = j < changes.size() ? changes.get(j).date() : null;
                if (end != null) {
                    cites.addAll(changes.get(j).sources());
                }
                spells.add("from " + ch.date() + (end == null ? " (still listed)" : " to " + end + " ("
                        + Money.num((end.toEpochDay() - ch.date().toEpochDay()) / 365.25, 1) + " years)"));
            }
        }
        if (spells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportData.Finding("FATF", "Pakistan was on an FATF monitoring list "
                + String.join(" and ", spells) + ".", cites.stream().sorted().toList()));
    }

    private static String perPeriod(Comparison cmp, List<String> periods, DoubleFunction<String> f) {
        return perPeriod(cmp, cmp.estimates().isEmpty() ? "" : cmp.estimates().get(0).metric(), periods, f);
    }

    private static String perPeriod(Comparison cmp, String metric, List<String> periods, DoubleFunction<String> f) {
        List<String> parts = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (String p : periods) {
            cmp.estimates().stream().filter(e -> e.metric().equals(metric) && e.period().name().equals(p)).findFirst()
                    .ifPresent(e -> {
                        if (e.units() == 0) {
                            none.add(p);
                        } else {
                            parts.add(f.apply(e.value()) + " under " + p + " (" + Money.interval(e.ciLow(), e.ciHigh(), f)
                                    + ", " + e.units() + (e.units() == 1 ? " unit, " : " units, ") + e.method() + ")");
                        }
                    });
        }
        return String.join(", ", parts) + (none.isEmpty() ? "" : "; no data under " + String.join(" or ", none));
    }

    private static String change(Comparison cmp, List<String> periods, DoubleFunction<String> f) {
        return change(cmp, cmp.estimates().isEmpty() ? "" : cmp.estimates().get(0).metric(), periods, f);
    }

    /** " From A to B the change was d (CI, p)." for consecutive periods of the list. */
    private static String change(Comparison cmp, String metric, List<String> periods, DoubleFunction<String> f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < periods.size(); i++) {
            String a = periods.get(i);
            String b = periods.get(i + 1);
            for (PeriodDifference d : cmp.differences()) {
                if (d.metric().equals(metric) && d.from().name().equals(a) && d.to().name().equals(b)
                        && !Double.isNaN(d.difference())) {
                    sb.append(" From ").append(a).append(" to ").append(b).append(" the change was ")
                            .append(f.apply(d.difference())).append(" (").append(Money.interval(d.ciLow(), d.ciHigh(), f))
                            .append(Double.isNaN(d.pValue()) ? "" : ", p = " + Money.num(d.pValue(), 3)).append(").");
                }
            }
        }
        return sb.toString();
    }

    private ReportData.ComparisonTable table(String title, Comparison cmp) {
        List<ReportData.EstimateRow> est = cmp.estimates().stream().map(e -> new ReportData.EstimateRow(e.metric(),
                e.period().name(), e.value(), e.ciLow(), e.ciHigh(), e.units(), e.method())).toList();
        List<ReportData.DifferenceRow> diff = cmp.differences().stream().map(d -> new ReportData.DifferenceRow(
                d.metric(), d.from().name(), d.to().name(), d.difference(), d.ciLow(), d.ciHigh(), d.pValue(),
                d.hedgesG())).toList();
        return new ReportData.ComparisonTable(title, cmp.basis(), est, diff);
    }

    private List<ReportData.FactorSection> factors(Codebook codebook, List<ReportData.TimelineEntry> timeline,
                                                   IndicatorAnalysis indicators, String partner, String dyadSubject) {
        Map<String, List<Passage>> byTheme = new LinkedHashMap<>();
        for (Passage p : store.coding().passages(PassageQuery.ALL)) {
            byTheme.computeIfAbsent(p.codeId(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Document> documents = new LinkedHashMap<>();
        store.corpus().documents().forEach(d -> documents.put(d.id(), d));
        List<ReportData.FactorSection> out = new ArrayList<>();
        for (Code factor : codebook.codes()) {
            if (factor.parentId() != null) {
                continue;
            }
            List<ReportData.Theme> themes = codebook.codes().stream().filter(t -> factor.id().equals(t.parentId()))
                    .map(t -> new ReportData.Theme(t.id(), t.name())).toList();
            List<ReportData.TimelineEntry> events = timeline.stream().filter(e -> e.factorId().equals(factor.id()))
                    .toList();
            List<ReportData.IndicatorChart> charts = new ArrayList<>();
            charts.add(eventsPerYear(factor.name(), events));
            switch (factor.id()) {
                case "economic" -> {
                    charts.add(yearly(indicators, "US aid to " + name(partner) + " by fiscal year", "USD", "bar",
                            List.of(new String[] {"obligations", "us_aid_obligations", partner},
                                    new String[] {"disbursements", "us_aid_disbursements", partner})));
                    charts.add(yearly(indicators, "US goods trade with " + name(partner) + " (US-reported)", "USD",
                            "line", List.of(new String[] {"US exports", "us_goods_exports", "USA-" + partner},
                                    new String[] {"US imports", "us_goods_imports", "USA-" + partner})));
                    charts.add(fatfChart(indicators, partner));
                }
                case "political" -> charts.add(yearly(indicators, "UN General Assembly voting agreement, " + dyadSubject,
                        "share / kappa", "line", List.of(new String[] {"agreement", "un_vote_agreement", dyadSubject},
                                new String[] {"Cohen's kappa", "un_vote_kappa", dyadSubject})));
                default -> {
                }
            }
            List<ReportData.Quote> quotes = new ArrayList<>();
            for (ReportData.Theme t : themes) {
                quotes.addAll(quotes(byTheme.getOrDefault(t.id(), List.of()), documents, t.id()));
            }
            out.add(new ReportData.FactorSection(factor.id(), factor.name(), factor.definition(), themes,
                    charts.stream().filter(ch -> !ch.labels().isEmpty()).toList(), events, quotes));
        }
        return out;
    }

    /** Up to two quotes of a theme, from different documents of either side, the latest first. */
    private List<ReportData.Quote> quotes(List<Passage> passages, Map<String, Document> documents, String theme) {
        Set<String> sides = Set.of(c.dyad().first(), c.dyad().second());
        List<ReportData.Quote> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        passages.stream()
                .filter(p -> documents.containsKey(p.documentId()))
                .filter(p -> documents.get(p.documentId()).side() != null
                        && sides.contains(documents.get(p.documentId()).side().code()))
                .sorted(Comparator.comparing((Passage p) -> dateOf(documents.get(p.documentId()))).reversed())
                .forEach(p -> {
                    if (out.size() < QUOTES_PER_THEME && used.add(p.documentId())) {
                        Document d = documents.get(p.documentId());
                        String quote = p.quote().length() > 500 ? p.quote().substring(0, 497) + "…" : p.quote();
                        String title = d.metadata().title() == null ? d.id() : d.metadata().title();
                        String cite = d.metadata().url() != null ? d.metadata().url() : d.source();
                        out.add(new ReportData.Quote(theme, quote, title + " (" + d.side().code() + ")",
                                d.metadata().date(), cite, p.coder() + (p.rule() == null ? "" : ", rule " + p.rule())));
                    }
                });
        return out;
    }

    private static LocalDate dateOf(Document d) {
        return d.metadata().date() == null ? LocalDate.MIN : d.metadata().date();
    }

    private ReportData.IndicatorChart eventsPerYear(String factor, List<ReportData.TimelineEntry> events) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int y = 2013; y <= c.toYear(); y++) {
            final int year = y;
            labels.add(String.valueOf(y));
            values.add((double) events.stream().filter(e -> e.date().getYear() == year).count());
        }
        return new ReportData.IndicatorChart("Key events of the chronology per year: " + factor, "events", "bar", labels,
                List.of(new ReportData.NamedValues("key events", values)), "case chronology (" + c.chronology() + ")");
    }

    private ReportData.IndicatorChart yearly(IndicatorAnalysis indicators, String title, String unit, String kind,
                                             List<String[]> series) {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        java.util.TreeMap<Integer, String> labels = new java.util.TreeMap<>();
        String source = "";
        for (String[] s : series) {
            Map<String, Double> v = new LinkedHashMap<>();
            for (IndicatorObservation o : indicators.series(s[1], s[2], null, null)) {
                if (o.year() >= c.fromYear() && o.year() <= c.toYear()) {
                    labels.put(o.year(), o.timeLabel());
                    v.put(o.timeLabel(), o.value());
                    source = o.source();
                }
            }
            values.put(s[0], v);
        }
        List<String> ls = new ArrayList<>(labels.values());
        List<ReportData.NamedValues> named = new ArrayList<>();
        values.forEach((name, v) -> named.add(new ReportData.NamedValues(name,
                ls.stream().map(l -> v.getOrDefault(l, Double.NaN)).toList())));
        return new ReportData.IndicatorChart(title, unit, kind, ls, named, source);
    }

    private ReportData.IndicatorChart fatfChart(IndicatorAnalysis indicators, String partner) {
        List<IndicatorObservation> s = indicators.series("fatf_status", partner, null, null);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (!s.isEmpty()) {
            for (int y = s.get(0).date().getYear(); y <= c.toYear(); y++) {
                LocalDate end = LocalDate.of(y, 12, 31);
                double level = 0;
                for (IndicatorObservation o : s) {
                    if (!o.date().isAfter(end)) {
                        level = o.value();
                    }
                }
                labels.add(String.valueOf(y));
                values.add(level);
            }
        }
        return new ReportData.IndicatorChart("FATF status of " + name(partner) + " at the end of each year", "0 not listed,"
                + " 1 increased monitoring (grey list), 2 public statement", "step", labels,
                List.of(new ReportData.NamedValues("status", values)), "FATF statements (case file " + c.fatfStatus() + ")");
    }

    private ReportData.Methods methods(List<ReportData.Input> inputs, Codebook codebook, PeriodSet periods) {
        List<ReportData.Parameter> params = List.of(
                new ReportData.Parameter("dyad", c.dyad() + " (both directions; countries by CAMEO country code)"),
                new ReportData.Parameter("periods", periods.name() + ": " + periods.periods().stream()
                        .map(p -> p.name() + " from " + p.start()).reduce((a, b) -> a + ", " + b).orElse("")),
                new ReportData.Parameter("relations index", c.metric() + " per " + c.interval()
                        + " (all event data); goldstein_mean per quarter (key events)"),
                new ReportData.Parameter("comparison intervals", "moving-block bootstrap, " + bootstrap.replicates()
                        + " replicates, seed " + bootstrap.seed() + ", level " + bootstrap.level()
                        + ", block length Politis-White, expanded percentiles; t intervals below 10 units"),
                new ReportData.Parameter("change points", "PELT, penalty " + breakOptions.penalty()
                        + " scaled for autocorrelation, minimum segment " + breakOptions.minSegment() + ", "
                        + breakOptions.replicates() + " replicates, seed " + breakOptions.seed()),
                new ReportData.Parameter("codebook", codebook.title() + " (" + codebook.codes().size() + " codes); quotes "
                        + "are rule-coded passages (coder 'rules'), not expert-validated"),
                new ReportData.Parameter("indicator years", c.fromYear() + "–" + c.toYear()),
                new ReportData.Parameter("triangulation", "independent sources = distinct originators (wire copy "
                        + "counted once); score = mean of min(sources, 3)/3, min(kinds, 3)/3, min(sides, 3)/3, halved "
                        + "when contradicted (docs/claims.md)"));
        List<String> limits = List.of(
                "The offline event data are samples: the GDELT samples hold a few hundred rows and the ICEWS18 splits "
                        + "cover 29 Aug–31 Oct 2018 only. The relations index over 2013–2025 therefore rests on the "
                        + "chronology's key events, a curated list rather than a sample of all interactions.",
                "The chronology's CAMEO codes and Goldstein weights were assigned by the case authors; each event "
                        + "cites public sources, listed in the bibliography.",
                "Quotes come from automatic rule coding of the documents loaded; rules over-match in places and have "
                        + "not been validated by an expert coder.",
                "US aid figures are ForeignAssistance.gov obligations and disbursements in current dollars, all "
                        + "agencies together (no military/economic split); FY2024 is preliminary in the source.",
                "Trade figures are US-reported goods trade (IMF DOTS), to 2022.",
                "UN voting data end with the 74th session (2019); 2020 holds a single roll call.",
                "Intervals assume periods are independent samples; with few units or strong autocorrelation they are "
                        + "too narrow (measured coverage in docs/analysis.md).",
                "Triangulation counts independent sources, kinds and sides; it does not weigh a source's reliability, "
                        + "and its outlet table classifies sources by name and address (docs/claims.md).");
        return new ReportData.Methods(inputs, params, limits);
    }

    private static ReportData.BibEntry bibEntry(BibEntry e) {
        String date = e.fields().getOrDefault("date", e.metadata().date() == null ? "" : e.metadata().date().toString());
        return new ReportData.BibEntry(e.key(), String.join("; ", e.metadata().authors()),
                e.metadata().title() == null ? "" : e.metadata().title(),
                e.metadata().publisher() == null ? "" : e.metadata().publisher(), date,
                e.metadata().url() == null ? "" : e.metadata().url());
    }

    private String name(String code) {
        return ontology.country(code).map(org.dyadlab.model.cameo.Country::label).orElse(code);
    }

}
