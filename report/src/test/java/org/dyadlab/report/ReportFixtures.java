package org.dyadlab.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.report.ReportData.Band;
import org.dyadlab.report.ReportData.BibEntry;
import org.dyadlab.report.ReportData.BreakLine;
import org.dyadlab.report.ReportData.ComparisonTable;
import org.dyadlab.report.ReportData.DifferenceRow;
import org.dyadlab.report.ReportData.EstimateRow;
import org.dyadlab.report.ReportData.FactorSection;
import org.dyadlab.report.ReportData.EvidenceRow;
import org.dyadlab.report.ReportData.Finding;
import org.dyadlab.report.ReportData.FindingEvidence;
import org.dyadlab.report.ReportData.IndicatorChart;
import org.dyadlab.report.ReportData.Input;
import org.dyadlab.report.ReportData.Line;
import org.dyadlab.report.ReportData.Marker;
import org.dyadlab.report.ReportData.Methods;
import org.dyadlab.report.ReportData.NamedValues;
import org.dyadlab.report.ReportData.Parameter;
import org.dyadlab.report.ReportData.Point;
import org.dyadlab.report.ReportData.Quote;
import org.dyadlab.report.ReportData.SeriesChart;
import org.dyadlab.report.ReportData.SourceRef;
import org.dyadlab.report.ReportData.SourceRow;
import org.dyadlab.report.ReportData.Theme;
import org.dyadlab.report.ReportData.TimelineEntry;

/**
 * A report with every part filled, hostile strings in every kind of field (script and attribute breakers, a
 * {@code javascript:} URL, control characters, an unpaired surrogate) and missing numbers (NaN) wherever a number
 * may be missing. Deterministic: the golden file depends on it.
 */
public final class ReportFixtures {
    public static final String SCRIPT_BREAKER = "</script><script>alert(1)</script>";
    public static final String ATTRIBUTE_BREAKER = "\"><img src=x onerror=alert(1)>";
    public static final String JAVASCRIPT_URL = "javascript:alert(document.cookie)";
    public static final String FINDING_TEXT = "US aid to Pakistan fell from 2,150 million dollars in FY2011 to 97 million in FY2019.";
    public static final String HOSTILE_QUOTE = "We reject " + SCRIPT_BREAKER + " and " + ATTRIBUTE_BREAKER
            + " <!-- comment --> ]]> nul\u0000 lone\uD800 {a|rich} \u2028 end";

    private ReportFixtures() {
    }

    public static ReportData rich() {
        List<BibEntry> bibliography = List.of(
                new BibEntry("dawn2018", "Dawn", "US suspends security assistance " + ATTRIBUTE_BREAKER, "Dawn.com",
                        "2018-01-05", "https://www.dawn.com/news/1381046?a=1&b=2"),
                new BibEntry("evil", "Mallory " + SCRIPT_BREAKER, "A link that must not be one", "Nowhere", "2020",
                        JAVASCRIPT_URL),
                new BibEntry("fatf2022", "FATF", "Outcomes FATF Plenary, October 2022", "FATF", "2022-10-21",
                        "https://www.fatf-gafi.org/en/publications/Fatfgeneral/Outcomes-fatf-plenary-october-2022.html"),
                new BibEntry("usaid", "USAID", "Foreign Aid Explorer", "U.S. Agency for International Development",
                        "2024", ""),
                new BibEntry("weird key/1", "Someone", "Key with a slash and a space", "", "2019", "ftp://example.org/x"));
        List<TimelineEntry> chronology = List.of(
                entry(LocalDate.of(2013, 5, 11), "day", "political", "political.elections", "Elections",
                        "PAK", "010", "Make statement", 0.0, "Pakistani general election.", List.of("dawn2018")),
                entry(LocalDate.of(2014, 6, 15), "day", "strategic", "strategic.ct", "Counter-terrorism",
                        "PAK → TTP", "190", "Use conventional military force", -10.0,
                        "Operation Zarb-e-Azb " + SCRIPT_BREAKER, List.of("dawn2018", "missing-key")),
                entry(LocalDate.of(2018, 1, 1), "month", "strategic", "strategic.aid", "Security assistance",
                        "USA → PAK", "163", "Impose embargo, boycott, or sanctions", -8.0,
                        "US suspends security assistance " + ATTRIBUTE_BREAKER, List.of("dawn2018", "evil")),
                entry(LocalDate.of(2018, 6, 29), "day", "economic", "economic.fatf", "FATF",
                        "FATF → PAK", "172", "Impose administrative sanctions", Double.NaN,
                        "Pakistan placed on the FATF grey list.", List.of("fatf2022")),
                entry(LocalDate.of(2022, 10, 21), "day", "economic", "economic.fatf", "FATF",
                        "FATF → PAK", "081", "Ease administrative sanctions", 5.0,
                        "Pakistan removed from the grey list.", List.of("fatf2022", "weird key/1")));
        List<Point> index = new ArrayList<>();
        List<Point> smooth = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            LocalDate month = LocalDate.of(2016, 1, 1).plusMonths(i);
            double v = i == 7 ? Double.NaN : Math.round((1.5 - i * 0.1 + (i % 3) * 0.4) * 100) / 100.0;
            index.add(new Point(month, v, i == 7 ? 0 : 20 + i));
            smooth.add(new Point(month, i < 2 ? Double.NaN : Math.round((1.4 - i * 0.09) * 100) / 100.0, 20 + i));
        }
        SeriesChart relations = new SeriesChart("Net cooperation, USA–PAK " + ATTRIBUTE_BREAKER,
                "net cooperation per event (Goldstein, mean)",
                List.of(new Line("monthly", index), new Line("3-month mean", smooth)),
                List.of(new Band("Obama II", LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 20)),
                        new Band("Trump I " + SCRIPT_BREAKER, LocalDate.of(2017, 1, 20), null)),
                List.of(new BreakLine(LocalDate.of(2018, 1, 1), 0.9, -1.6, 0.87),
                        new BreakLine(LocalDate.of(2017, 6, 1), 0.2, 0.1, Double.NaN)),
                List.of(new Marker(LocalDate.of(2018, 1, 4), "Aid suspended " + SCRIPT_BREAKER, "strategic"),
                        new Marker(LocalDate.of(2018, 6, 29), "Grey list", "economic")),
                "GDELT 1.0 events between USA and PAK, both directions; months with fewer than 10 events hidden.");
        List<FactorSection> factors = List.of(
                new FactorSection("political", "Political", "Diplomacy, elections and statements.",
                        List.of(new Theme("political.elections", "Elections"),
                                new Theme("political.diplomacy", "Diplomacy")),
                        List.of(new IndicatorChart("UN voting agreement", "share of votes", "line",
                                List.of("2016", "2017", "2018", "2019"),
                                List.of(new NamedValues("agreement", List.of(0.21, 0.18, Double.NaN, 0.2))),
                                "Voeten UNGA votes")),
                        List.of(chronology.get(0)),
                        List.of(new Quote("political.diplomacy", HOSTILE_QUOTE, "Statement " + ATTRIBUTE_BREAKER,
                                LocalDate.of(2018, 1, 2), "dawn2018", "alice <b>"))),
                new FactorSection("strategic", "Strategic", "Security cooperation and conflict.",
                        List.of(new Theme("strategic.aid", "Security assistance"), new Theme("strategic.ct",
                                "Counter-terrorism")),
                        List.of(new IndicatorChart("US aid to Pakistan", "million US$ (constant 2023)", "bar",
                                List.of("FY2011", "FY2012", "FY2013", "FY2019"),
                                List.of(new NamedValues("economic", List.of(2150.5, 1240.0, Double.NaN, 97.25)),
                                        new NamedValues("military", List.of(1180.0, 950.0, 512.0, 0.0))),
                                "USAID Foreign Aid Explorer " + SCRIPT_BREAKER)),
                        List.of(chronology.get(1), chronology.get(2)),
                        List.of()),
                new FactorSection("economic", "Economic", "Trade, finance and the FATF.",
                        List.of(new Theme("economic.fatf", "FATF")),
                        List.of(new IndicatorChart("FATF status", "1 = grey list", "step",
                                List.of("2017", "2018", "2019", "2020", "2021", "2022", "2023"),
                                List.of(new NamedValues("grey list", List.of(0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0))),
                                "FATF plenary outcomes")),
                        List.of(chronology.get(3), chronology.get(4)),
                        List.of()));
        List<ComparisonTable> comparisons = List.of(new ComparisonTable("Events by US administration",
                "net cooperation per event; moving-block bootstrap, 2,000 resamples",
                List.of(new EstimateRow("net cooperation", "Obama II", 0.42, 0.1, 0.75, 13, "block bootstrap"),
                        new EstimateRow("net cooperation", "Trump I " + ATTRIBUTE_BREAKER, -0.61, -1.2, Double.NaN,
                                48, "t interval"),
                        new EstimateRow("net cooperation", "Biden", Double.NaN, Double.NaN, Double.NaN, 0, "none"),
                        new EstimateRow("events per month", "Obama II", 23456.7, 21000.0, 26000.0, 13,
                                "block bootstrap"),
                        new EstimateRow("events per month", "Trump I " + ATTRIBUTE_BREAKER, 1234567.891, 1000000.0,
                                1500000.0, 48, "block bootstrap")),
                List.of(new DifferenceRow("net cooperation", "Obama II", "Trump I", -1.03, -1.6, -0.4, 0.0004, -1.21),
                        new DifferenceRow("events per month", "Obama II", "Trump I", 3.5, Double.NaN, Double.NaN,
                                Double.NaN, Double.NaN))));
        Methods methods = new Methods(
                List.of(new Input("GDELT 1.0 events", "/data/gdelt/" + ATTRIBUTE_BREAKER + ".csv", 1234567890L,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "85,000 events")),
                List.of(new Parameter("penalty", "MBIC, autocorrelation-scaled"),
                        new Parameter("bootstrap", "2,000 resamples, seed 42")),
                List.of("GDELT codes news reports by machine; counts follow media attention.",
                        "Limitation with markup: " + SCRIPT_BREAKER));
        return new ReportData("Pakistan \u2013 United States relations, 2013\u20132025 " + SCRIPT_BREAKER,
                "A case study " + ATTRIBUTE_BREAKER, LocalDate.of(2026, 11, 28),
                List.of(new Finding("US aid", FINDING_TEXT, List.of("usaid", "missing-key")),
                        new Finding("Rupture of 2018 " + ATTRIBUTE_BREAKER,
                                "Net cooperation fell after January 2018 " + SCRIPT_BREAKER, List.of("dawn2018", "evil")),
                        new Finding("Data only", "A finding that rests on the data of the methods.", List.of())),
                chronology, relations, factors, comparisons, methods, bibliography, findings());
    }

    /** Declared findings: one well supported with a contradiction beside it, one resting on a hostile source. */
    static List<FindingEvidence> findings() {
        EvidenceRow suspension = new EvidenceRow("chronology", "2018-01-04-suspension", "2018-01-04",
                "USAGOV → PAKGOV: security assistance suspended " + SCRIPT_BREAKER, "",
                List.of(new SourceRef("dawn2018", "Dawn", ""), new SourceRef("fatf2022", "FATF", "")));
        EvidenceRow aid = new EvidenceRow("indicator", "us_aid_obligations/PAK/FY2018", "FY2018",
                "us_aid_obligations PAK FY2018 = 423,706,549 USD", "FY2017 to FY2018: −49%; expected decrease",
                List.of(new SourceRef("dataset:foreignassistance-gov", "ForeignAssistance.gov", "")));
        EvidenceRow passage = new EvidenceRow("passage", "passage:7", "2018-09-25", "A quote " + ATTRIBUTE_BREAKER,
                "code economic.aid-suspension", List.of(new SourceRef("PAK_73_2018", "UN speech " + ATTRIBUTE_BREAKER,
                        "javascript:alert(1)"), new SourceRef("url:x", "a news site", "https://example.org/story")));
        EvidenceRow restored = new EvidenceRow("chronology", "2019-12-imet-restored", "2019-12",
                "IMET restored", "", List.of(new SourceRef("usaid", "", "")));
        return List.of(new FindingEvidence("suspension-2018", "US security assistance was suspended in January 2018 "
                        + SCRIPT_BREAKER, 0.67, "moderate", 3, List.of("Dawn", "Financial Action Task Force",
                        "ForeignAssistance.gov"), List.of("dataset", "news", "official"), List.of("PAK", "USA"),
                        List.of("contradicted"), List.of(suspension, aid, passage), List.of(restored),
                        List.of(new SourceRow("dawn2018", "Dawn", "news", "PAK", "site dawn.com"),
                                new SourceRow("evil", "Mallory " + SCRIPT_BREAKER, "news", "third-party",
                                        "no rule " + ATTRIBUTE_BREAKER)),
                        List.of("chronology 2018-13-01-nothing: no such chronology event " + SCRIPT_BREAKER)),
                new FindingEvidence("single", "A finding with one source", 0.33, "weak", 1, List.of("Mallory"),
                        List.of("news"), List.of("third-party"), List.of("single-source", "single-side", "single-kind"),
                        List.of(new EvidenceRow("gazetteer", "x", "", "an entry", null, List.of(
                                new SourceRef("evil", null, null)))), List.of(), List.of(), List.of()));
    }

    /** A report with nothing in it but its title: every section must still render. */
    public static ReportData empty() {
        return new ReportData("Empty", null, LocalDate.of(2026, 1, 1), List.of(), List.of(), null, List.of(), List.of(),
                new Methods(List.of(), List.of(), List.of()), List.of());
    }

    /** A report whose every optional string is null and whose every number is missing. */
    public static ReportData nulls() {
        TimelineEntry event = new TimelineEntry(LocalDate.of(2020, 1, 1), null, null, null, null, null, null, null,
                Double.NaN, null, List.of("k"));
        SeriesChart series = new SeriesChart(null, null, List.of(new Line(null, List.of(new Point(LocalDate.of(2020, 1,
                1), Double.NaN, 0)))), List.of(new Band(null, null, null)), List.of(new BreakLine(null, Double.NaN,
                Double.NaN, Double.NaN)), List.of(new Marker(null, null, null)), null);
        FactorSection factor = new FactorSection(null, null, null, List.of(new Theme(null, null)),
                List.of(new IndicatorChart(null, null, null, List.of("a"), List.of(new NamedValues(null,
                        List.of(Double.NaN))), null)), List.of(event),
                List.of(new Quote(null, null, null, null, null, null)));
        return new ReportData("Nulls", null, LocalDate.of(2026, 1, 1), List.of(new Finding(null, null, List.of())),
                List.of(event), series, List.of(factor), List.of(new ComparisonTable(null, null,
                        List.of(new EstimateRow(null, null, Double.NaN, Double.NaN, Double.NaN, 0, null)),
                        List.of(new DifferenceRow(null, null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                                Double.NaN)))),
                new Methods(List.of(new Input(null, null, 0, null, null)), List.of(new Parameter(null, null)),
                        List.of()),
                List.of(new BibEntry("k", null, null, null, null, null), new BibEntry(null, null, null, null, null, null)),
                List.of(new FindingEvidence(null, null, Double.NaN, null, 0, null, null, null, null,
                        List.of(new EvidenceRow(null, null, null, null, null, List.of(new SourceRef(null, null, null)))),
                        null, List.of(new SourceRow(null, null, null, null, null)), null)));
    }

    private static TimelineEntry entry(LocalDate date, String precision, String factor, String theme,
                                       String themeLabel, String actors, String code, String label, double goldstein,
                                       String description, List<String> citations) {
        return new TimelineEntry(date, precision, factor, theme, themeLabel, actors, code, label, goldstein,
                description, citations);
    }
}
