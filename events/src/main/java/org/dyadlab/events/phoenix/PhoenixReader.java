package org.dyadlab.events.phoenix;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventSink;
import org.dyadlab.events.Problem;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.Reject;
import org.dyadlab.events.TabRecords;
import org.dyadlab.events.io.DayDates;
import org.dyadlab.events.io.Decimals;
import org.dyadlab.events.io.TabFields;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;

/**
 * Reads the Open Event Data Alliance's Phoenix daily event files ({@code events.full.YYYYMMDD.txt}, plain, .zip or
 * .gz): tab-separated, no header, 26 columns per event.
 *
 * <p>The layout is the one the producing code writes: {@code create_strings} in {@code postprocess.py} of
 * openeventdata/phoenix_pipeline (https://github.com/openeventdata/phoenix_pipeline/blob/master/postprocess.py),
 * with the column names the Phoenix users' readers give it (phoenixdata.org's description; e.g.
 * ulfelder/dart-throwing-chimp {@code phoenix.utilities.R}, ahalterman/phoxy {@code R/ingest_phoenix.R}):
 *
 * <pre>
 *  0 EventID              running number          13 EventCode        CAMEO code ("042")
 *  1 Date                 YYYYMMDD                14 EventRootCode    its first two digits
 *  2 Year  3 Month  4 Day the same date, split    15 QuadClass        Phoenix's five classes 0-4 (PentaClass)
 *  5 SourceActorFull      "PAKGOV"                16 GoldsteinScore   Phoenix's weight of the code
 *  6 SourceActorEntity    country or IGO/NGO/IMG/MNC  17 Issues       "ISSUE,count;…"
 *  7 SourceActorRole      GOV, MIL, REB, …        18 Lat  19 Lon  20 LocationName  21 StateName  22 CountryName
 *  8 SourceActorAttribute other codes, ";"-joined 23 SentenceID       ";"-joined ids of the reporting sentences
 *  9-12 TargetActor…      as 5-8                  24 URLs             ";"-joined   25 NewsSources ";"-joined
 * </pre>
 *
 * <p>Mapping (docs/decisions/0003 and 0004): id {@code phoenix:<EventID>}; day precision; the actor code from the
 * Full column, its country the first three letters when they are a CAMEO country code, its agents the later
 * three-letter parts that are CAMEO actor types (Phoenix's Entity/Role/Attribute columns are its own split of the
 * same code); root, QuadClass and Goldstein from our CAMEO table, never Phoenix's (its QuadClass groups roots
 * differently); GoldsteinScore kept as origin_goldstein; the first URL as source_url (or, without one, the first
 * sentence id as document_ref {@code phoenix-sentence:<id>}); mentions = the number of sentence ids.
 *
 * <p>A record is rejected, with the column named, when: the column count is not 26; the line is not UTF-8;
 * EventID is not a whole number; Date is not a calendar day or Year/Month/Day contradict it; EventCode is not a
 * CAMEO code; EventRootCode is not the root of the code; GoldsteinScore is not a number in [-10, 10]. QuadClass
 * is not read. A first line whose EventID reads "EventID" (a header some users add) is skipped.
 *
 * @param options  the id namespace
 * @param ontology the CAMEO tables that codes and actors are read with
 */
public record PhoenixReader(PhoenixReadOptions options, CameoOntology ontology) implements EventReader {
    /** The origin of Phoenix events in the store. */
    public static final String ORIGIN = "phoenix";
    /** Column positions (0-based) in postprocess.py's output; 26 columns in all. */
    static final int COLUMNS = 26;
    private static final int ID = 0;
    private static final int DATE = 1;
    private static final int[] DATE_PARTS = {2, 3, 4};
    private static final String[] DATE_PART_NAMES = {"Year", "Month", "Day"};
    private static final int SOURCE_FULL = 5;
    private static final int TARGET_FULL = 9;
    private static final int EVENT_CODE = 13;
    private static final int ROOT_CODE = 14;
    private static final int GOLDSTEIN = 16;
    private static final int SENTENCE_IDS = 23;
    private static final int URLS = 24;

    @Override
    public long read(Path file, EventSink sink, ProgressListener progress) throws IOException {
        return TabRecords.read(file, COLUMNS, sink, progress, (f, n, line) ->
                line == 1 && "eventid".equalsIgnoreCase(f.text(ID)) ? null : parse(f, n));
    }

    /** The event, or the {@link Problem} that rejects the record. */
    private Object parse(TabFields f, int n) {
        if (n != COLUMNS) {
            return new Problem(Reject.WHOLE_RECORD, (n > COLUMNS ? "more than " + COLUMNS : String.valueOf(n))
                    + " columns, expected " + COLUMNS + " (Phoenix daily file)");
        }
        long id = f.digits(ID);
        if (id < 0) {
            return new Problem("EventID", id == -1 ? "missing" : "not a whole number: '" + f.text(ID) + "'");
        }
        long ymd = f.digits(DATE);
        LocalDate date = ymd < 0 ? null : DayDates.ofYyyymmdd(ymd);
        if (date == null) {
            return new Problem("Date", "not a calendar date in YYYYMMDD form: '" + nz(f.text(DATE)) + "'");
        }
        Problem split = checkSplitDate(f, date);
        if (split != null) {
            return split;
        }
        String codeText = f.text(EVENT_CODE);
        EventCode code = codeText == null ? null : ontology.eventCode(codeText).orElse(null);
        if (code == null) {
            return new Problem("EventCode", codeText == null ? "missing" : "unknown CAMEO event code '" + codeText + "'");
        }
        String root = f.text(ROOT_CODE);
        if (root != null && !root.equals(code.root())) {
            return new Problem("EventRootCode", "'" + root + "' is not the root of EventCode " + code.code());
        }
        Double goldstein = null;
        String g = f.text(GOLDSTEIN);
        if (g != null) {
            goldstein = Decimals.parse(g);
            if (goldstein == null || goldstein < -10 || goldstein > 10) {
                return new Problem("GoldsteinScore", "not a number in [-10, 10]: '" + g + "'");
            }
        }
        List<String> sentences = split(f.text(SENTENCE_IDS));
        String url = split(f.text(URLS)).stream().filter(u -> u.contains("://")).findFirst().orElse(null);
        String documentRef = url == null && !sentences.isEmpty() ? "phoenix-sentence:" + sentences.get(0) : null;
        String idText = Long.toString(id);
        return new Event(options.idNamespace() + ":" + idText, date, DatePrecision.DAY, actor(f.text(SOURCE_FULL)),
                actor(f.text(TARGET_FULL)), code, ORIGIN, idText, goldstein, url, documentRef, null,
                sentences.isEmpty() ? null : sentences.size());
    }

    /** Year, Month and Day, when given, must be the parts of Date. */
    private static Problem checkSplitDate(TabFields f, LocalDate date) {
        int[] expected = {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
        for (int k = 0; k < DATE_PARTS.length; k++) {
            long v = f.digits(DATE_PARTS[k]);
            if (v == -2 || v >= 0 && v != expected[k]) {
                return new Problem(DATE_PART_NAMES[k], "'" + f.text(DATE_PARTS[k]) + "' contradicts Date " + f.text(DATE));
            }
        }
        return null;
    }

    /** The actor of a Full column: its country and agents as {@link EventActor#ofCameoCode} reads the code. */
    private EventActor actor(String code) {
        return EventActor.ofCameoCode(null, code, ontology);
    }

    private static List<String> split(String joined) {
        if (joined == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        for (String part : joined.split(";")) {
            String t = part.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
