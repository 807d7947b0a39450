package org.dyadlab.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyadlab.analysis.evidence.EvidenceBase;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Verdict;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.gazetteer.EntityKind;
import org.dyadlab.model.gazetteer.Gazetteer;
import org.dyadlab.model.gazetteer.GazetteerEntry;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.junit.jupiter.api.Test;

/** Every path to a verdict, on a small evidence base made for the test. */
class ClaimCheckerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private static ChronologyEntry event(String id, String date, String actors, String description, String... sources) {
        String[] a = actors.split(">");
        return new ChronologyEntry(id, LocalDate.parse(date), DatePrecision.DAY, a[0], a[1], "040",
                "political.diplomacy-visits", description, List.of(sources), "");
    }

    private static Source source(String key, String author, String publisher, String date) {
        return new Source(key, "online", author, publisher, "t", "https://example.org/" + key, date, "", null, null);
    }

    private static GazetteerEntry entry(String id, EntityKind kind, String name, List<String> aliases, String date,
                                        int from, int to, List<String> parties, List<GazetteerEntry.Sum> sums,
                                        List<String> chronology) {
        return new GazetteerEntry(id, kind, name, aliases, date == null ? null : LocalDate.parse(date),
                date == null ? null : DatePrecision.DAY, date == null ? "" : "signed", from, to, parties, sums,
                List.of("voa"), chronology, "");
    }

    static EvidenceBase base() {
        List<ChronologyEntry> chronology = List.of(
                event("2016-08-29-lemoa-signed", "2016-08-29", "USAGOV>INDGOV", "Carter and Parrikar sign the "
                        + "US-India Logistics Exchange Memorandum of Agreement (LEMOA) at the Pentagon", "voa"),
                event("2017-08-30-fmf-255m-hold", "2017-08-30", "USAGOV>PAKGOV", "The State Department notifies "
                        + "Congress of $255 million in FY2016 FMF for Pakistan but puts the money on hold", "st"),
                event("2019-07-22-khan-white-house-visit", "2019-07-22", "USAGOV>PAKGOV", "Trump hosts Prime "
                        + "Minister Imran Khan at the White House", "dawn"),
                event("2018-01-04-security-assistance-suspended", "2018-01-04", "USAGOV>PAKGOV", "The State "
                        + "Department announces a suspension of nearly all security assistance to Pakistan", "state"));
        Map<String, Source> sources = Map.of(
                "voa", source("voa", "{Voice of America}", "Voice of America", "2016-08-29"),
                "st", source("st", "{The Straits Times}", "The Straits Times", "2017-08-31"),
                "dawn", source("dawn", "{Dawn}", "Dawn", "2019-07-22"),
                "state", source("state", "Nauert, Heather", "U.S. Department of State", "2018-01-04"));
        List<IndicatorObservation> indicators = List.of(new IndicatorObservation("us_aid_obligations", "PAK",
                LocalDate.of(2017, 10, 1), IndicatorObservation.Precision.FISCAL_YEAR, 423_706_549, "USD",
                "ForeignAssistance.gov, U.S. Foreign Assistance by Country"));
        Gazetteer gazetteer = new Gazetteer(List.of(
                entry("lemoa", EntityKind.AGREEMENT, "Logistics Exchange Memorandum of Agreement", List.of("LEMOA"),
                        "2016-08-29", 0, 0, List.of("USA", "IND"), List.of(), List.of("2016-08-29-lemoa-signed")),
                entry("klb", EntityKind.AGREEMENT, "Kerry-Lugar-Berman Act", List.of(), "2009-10-15", 0, 0,
                        List.of("USA", "PAK"), List.of(new GazetteerEntry.Sum(7.5e9, "USD", "aid")), List.of()),
                entry("fmf", EntityKind.PROGRAMME, "Foreign Military Financing", List.of("FMF"), null, 0, 0,
                        List.of("USA"), List.of(), List.of("2017-08-30-fmf-255m-hold")),
                entry("srap", EntityKind.OFFICE, "Special Representative for Afghanistan and Pakistan", List.of("SRAP"),
                        null, 2009, 2017, List.of("USA"), List.of(), List.of()),
                entry("sca", EntityKind.OFFICE, "Assistant Secretary of State for South and Central Asian Affairs",
                        List.of(), null, 0, 0, List.of("USA"), List.of(), List.of()),
                entry("secstate", EntityKind.OFFICE, "Secretary of State", List.of(), null, 0, 0, List.of("USA"),
                        List.of(), List.of()),
                entry("depstate", EntityKind.OFFICE, "Deputy Secretary of State", List.of(), null, 0, 0,
                        List.of("USA"), List.of(), List.of())));
        Source doc = new Source("doc1", "", "", "Ministry of Foreign Affairs of Pakistan", "", "", "2022-10-21", "",
                SourceKind.OFFICIAL_STATEMENT, new Side("PAK"));
        EvidenceItem passage = new EvidenceItem(EvidenceKind.PASSAGE, "passage:1", LocalDate.of(2022, 10, 21), null,
                "Pakistan was removed from the FATF grey list after completing its action plans", List.of(doc),
                Stance.SUPPORTS, "");
        EvidenceItem coded = new EvidenceItem(EvidenceKind.EVENT, "gdelt:1", LocalDate.of(2019, 7, 22), null,
                "USA → PAK: 042 Make a visit [gdelt2]", List.of(Source.cited("dataset:gdelt2", "gdelt2",
                        SourceKind.DATASET)), Stance.SUPPORTS, "");
        return new EvidenceBase("test", Dyad.parse("PAK-USA"), chronology, sources, indicators, gazetteer,
                List.of(passage), List.of(coded));
    }

    private static List<ClaimVerdict> check(String text) {
        ClaimCheckReport r = new ClaimChecker(base()).check(text, true, "t.md", DAY, List.of());
        return r.verdicts();
    }

    private static ClaimVerdict only(String text, ClaimKind kind) {
        List<ClaimVerdict> vs = check(text).stream().filter(v -> v.claim().kind() == kind).toList();
        assertThat(vs).as(text).hasSize(1);
        return vs.get(0);
    }

    private static void contradicted(ClaimVerdict v, String aspect, String evidenceId) {
        assertThat(v.verdict()).as(v.claim().sentence()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(v.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.aspect()).isEqualTo(aspect);
            assertThat(d.evidenceId()).isEqualTo(evidenceId);
        });
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.stance()).isEqualTo(Stance.CONTRADICTS));
    }

    @Test
    void aDateGivenToANamedAgreementIsCheckedAgainstTheGazetteer() {
        assertThat(only("The US and India signed LEMOA in August 2016.", ClaimKind.DATE).verdict())
                .isEqualTo(Verdict.SUPPORTED);
        contradicted(only("The US and India signed LEMOA in 2017.", ClaimKind.DATE), "date", "lemoa");
        assertThat(check("In 2019 Pakistan complained about LEMOA.")).extracting(v -> v.claim().kind())
                .doesNotContain(ClaimKind.DATE);
    }

    @Test
    void aPartyAnAgreementDoesNotHaveIsContradicted() {
        contradicted(only("LEMOA, signed with Pakistan, changed the region.", ClaimKind.NAME), "parties", "lemoa");
    }

    @Test
    void namesAreCheckedByTheirAcronymAndAsNearMissesAndUnknownAgreementsAreUnverified() {
        contradicted(check("They signed the Logistics Support Memorandum of Agreement (LEMOA).").stream()
                .filter(v -> v.verdict() == Verdict.CONTRADICTED).findFirst().orElseThrow(), "name", "lemoa");
        contradicted(only("They signed the Logistics Exchange Memo of Agreement.", ClaimKind.NAME), "name", "lemoa");
        ClaimVerdict unknown = only("They signed the Logistics Exchange Memorandum of Understanding.", ClaimKind.NAME);
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(only("The Logistics Exchange Memorandum of Agreement mattered.", ClaimKind.NAME).verdict())
                .isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void officesAreKnownNearMissesUnknownOrOutsideTheirYears() {
        assertThat(only("The Secretary of State Mike Pompeo spoke.", ClaimKind.OFFICE).verdict())
                .isEqualTo(Verdict.SUPPORTED);
        contradicted(only("The Under Secretary of State for South Asian Affairs spoke.", ClaimKind.OFFICE), "office",
                "sca");
        assertThat(only("The Minister for Counter-Terrorism Finance spoke.", ClaimKind.OFFICE).verdict())
                .isEqualTo(Verdict.UNVERIFIED);
        assertThat(only("The Deputy Secretary of Defense spoke.", ClaimKind.OFFICE).verdict())
                .as("a real office the gazetteer lacks is not a misnomer").isEqualTo(Verdict.UNVERIFIED);
        contradicted(only("In 2019 the Special Representative for Afghanistan and Pakistan spoke.", ClaimKind.OFFICE),
                "office", "srap");
        assertThat(only("In 2019 the former Special Representative for Afghanistan and Pakistan spoke.",
                ClaimKind.OFFICE).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void amountsAreCheckedAgainstTheGazetteerTheIndicatorsAndTheChronology() {
        assertThat(only("The Kerry-Lugar-Berman Act promised $7.5 billion.", ClaimKind.AMOUNT).verdict())
                .isEqualTo(Verdict.SUPPORTED);
        contradicted(only("The Kerry-Lugar-Berman Act promised $9 billion.", ClaimKind.AMOUNT), "amount", "klb");
        assertThat(only("US aid obligations to Pakistan in FY2018 were $424 million.", ClaimKind.AMOUNT).verdict())
                .isEqualTo(Verdict.SUPPORTED);
        contradicted(only("US aid obligations to Pakistan in FY2018 were $524 million.", ClaimKind.AMOUNT), "amount",
                "us_aid_obligations/PAK/FY2018");
        assertThat(only("In August 2017 the State Department put $255 million in Foreign Military Financing on hold.",
                ClaimKind.AMOUNT).verdict()).isEqualTo(Verdict.SUPPORTED);
        contradicted(only("In August 2017 the State Department put $355 million in Foreign Military Financing on hold.",
                ClaimKind.AMOUNT), "amount", "2017-08-30-fmf-255m-hold");
        assertThat(only("Pakistan spent $5 billion on dams in 2019.", ClaimKind.AMOUNT).verdict())
                .isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void eventsAreMatchedWithTheChronologyAndPassagesAndCodedEventsAreListed() {
        assertThat(only("Trump hosted Imran Khan at the White House in July 2019.", ClaimKind.EVENT).verdict())
                .isEqualTo(Verdict.SUPPORTED);
        contradicted(only("Trump hosted Imran Khan at the White House in July 2018.", ClaimKind.EVENT), "date",
                "2019-07-22-khan-white-house-visit");
        ClaimVerdict passage = only("Pakistan was removed from the FATF grey list in October 2022 after completing "
                + "its action plans.", ClaimKind.EVENT);
        assertThat(passage.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(passage.evidence()).extracting(EvidenceItem::id).containsExactly("passage:1");
        ClaimVerdict coded = only("On 22 July 2019 Pakistan and the United States exchanged notes.", ClaimKind.EVENT);
        assertThat(coded.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(coded.evidence()).extracting(EvidenceItem::id).containsExactly("gdelt:1");
    }

    @Test
    void aSupportedClaimCitedToTheWrongYearIsContradicted() {
        contradicted(only("The State Department announced the suspension of nearly all security assistance to "
                + "Pakistan on 4 January 2018 (Nauert 2017).", ClaimKind.EVENT), "citation-year",
                "2018-01-04-security-assistance-suspended");
        contradicted(only("The State Department announced the suspension of nearly all security assistance to "
                + "Pakistan on 4 January 2018 (Rashid 2016).", ClaimKind.EVENT), "citation-year",
                "2018-01-04-security-assistance-suspended");
        assertThat(only("The State Department announced the suspension of nearly all security assistance to "
                + "Pakistan on 4 January 2018 (Rashid 2020).", ClaimKind.EVENT).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aClaimThatCannotBeReadIsListedAsUnverifiedNeverDropped() {
        List<ClaimVerdict> vs = check("The treaty was signed on 31 June 2016 in Karachi.");
        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.claim().kind()).isEqualTo(ClaimKind.UNPARSED);
            assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(v.reason()).contains("not a valid date");
        });
    }

    @Test
    void claimsAreNumberedInOrderWithTheirLineAndCitations() {
        ClaimCheckReport r = new ClaimChecker(base()).check("Intro.\n\nThe US and India signed LEMOA in August 2016 "
                + "(VOA 2016). The Secretary of State spoke.\n", true, "t.md", DAY, List.of("note"));
        assertThat(r.verdicts()).extracting(v -> v.claim().id()).containsExactly("c1", "c2");
        assertThat(r.verdicts().get(0).claim().line()).isEqualTo(3);
        assertThat(r.verdicts().get(0).claim().citations()).singleElement()
                .satisfies(c -> assertThat(c.year()).isEqualTo(2016));
        assertThat(r.verdicts().get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.sentences()).isEqualTo(3);
        assertThat(r.notes()).containsExactly("note");
    }
}
