package org.dyadlab.events.gdelt;

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
 * Reads GDELT event files: 1.0 daily (58 columns) and historical (57 columns, no SOURCEURL) files, and 2.0
 * exports (61 columns). Plain, .zip or .gz. Column positions follow the GDELT codebooks (see
 * docs/data/gdelt.md).
 *
 * <p>A record is rejected, with the column named, when: the column count is wrong; the line is not UTF-8;
 * GLOBALEVENTID is not a number; SQLDATE is not a calendar day; EventCode is not a CAMEO code; EventRootCode
 * or QuadClass contradict the code; GoldsteinScale or NumMentions are not numbers; an actor country code is
 * not three letters.
 */
public final class GdeltReader implements EventReader {
    private static final int ID = 0;
    private static final int SQLDATE = 1;
    static final int A1 = 5;
    static final int A2 = 15;
    /** Offset of an actor's CountryCode from its first column. */
    static final int COUNTRY = 2;
    private static final int EVENT_CODE = 26;
    private static final int ROOT_CODE = 28;
    private static final int QUAD = 29;
    private static final int GOLDSTEIN = 30;
    private static final int MENTIONS = 31;

    private final GdeltReadOptions options;
    private final CameoOntology ontology;
    private final String origin;

    public GdeltReader(GdeltReadOptions options, CameoOntology ontology) {
        this.options = options;
        this.ontology = ontology;
        this.origin = options.version() == 1 ? "gdelt1" : "gdelt2";
    }

    @Override
    public long read(Path file, EventSink sink, ProgressListener progress) throws IOException {
        return TabRecords.read(file, 61, sink, progress, (f, n, line) -> parse(f, n));
    }

    /** The event, or the {@link Problem} that rejects the record. */
    private Object parse(TabFields f, int n) {
        int urlIndex;
        if (options.version() == 2) {
            if (n != 61) {
                return problem(Reject.WHOLE_RECORD, columns(n, "61 (GDELT 2.0 export)"));
            }
            urlIndex = 60;
        } else if (n == 58) {
            urlIndex = 57;
        } else if (n == 57) {
            urlIndex = -1;
        } else {
            return problem(Reject.WHOLE_RECORD, columns(n, "57 or 58 (GDELT 1.0)"));
        }
        long id = f.digits(ID);
        if (id < 0) {
            return problem("GLOBALEVENTID", id == -1 ? "missing" : "not a whole number: '" + f.text(ID) + "'");
        }
        long ymd = f.digits(SQLDATE);
        LocalDate date = ymd < 0 ? null : DayDates.ofYyyymmdd(ymd);
        if (date == null) {
            return problem("SQLDATE", "not a calendar date in YYYYMMDD form: '" + nz(f.text(SQLDATE)) + "'");
        }
        String codeText = f.text(EVENT_CODE);
        EventCode code = codeText == null ? null : ontology.eventCode(codeText).orElse(null);
        if (code == null) {
            return problem("EventCode", codeText == null ? "missing" : "unknown CAMEO event code '" + codeText + "'");
        }
        if (!f.isEmpty(ROOT_CODE) && !f.equalsAscii(ROOT_CODE, code.root())) {
            return problem("EventRootCode", "'" + f.text(ROOT_CODE) + "' is not the root of EventCode " + code.code());
        }
        long quad = f.digits(QUAD);
        if (quad >= 0 && quad != code.quadClass().number()) {
            return problem("QuadClass", quad + " contradicts EventCode " + code.code() + " (QuadClass "
                    + code.quadClass().number() + ")");
        } else if (quad == -2) {
            return problem("QuadClass", "not a number: '" + f.text(QUAD) + "'");
        }
        Double goldstein = null;
        String g = f.text(GOLDSTEIN);
        if (g != null) {
            goldstein = Decimals.parse(g);
            if (goldstein == null || goldstein < -10 || goldstein > 10) {
                return problem("GoldsteinScale", "not a number in [-10, 10]: '" + g + "'");
            }
        }
        long mentions = f.digits(MENTIONS);
        if (mentions == -2 || mentions > Integer.MAX_VALUE) {
            return problem("NumMentions", "not a whole number: '" + f.text(MENTIONS) + "'");
        }
        EventActor source = actor(f, A1);
        if (source == null) {
            return problem("Actor1CountryCode", "not a three-letter CAMEO country code: '" + f.text(A1 + COUNTRY) + "'");
        }
        EventActor target = actor(f, A2);
        if (target == null) {
            return problem("Actor2CountryCode", "not a three-letter CAMEO country code: '" + f.text(A2 + COUNTRY) + "'");
        }
        String url = urlIndex < 0 ? null : f.text(urlIndex);
        String documentRef = null;
        if (url != null && !url.contains("://")) {
            documentRef = url; // GDELT names non-web sources ("BBC Monitoring") in the URL column
            url = null;
        }
        String idText = Long.toString(id);
        return new Event(options.idNamespace() + ":" + idText, date, DatePrecision.DAY, source, target, code,
                origin, idText, goldstein, url, documentRef, null, mentions < 0 ? null : (int) mentions);
    }

    /** Actor from the ten columns starting at {@code base}; null when its country code is malformed. */
    private static EventActor actor(TabFields f, int base) {
        String country = f.text(base + COUNTRY);
        if (country != null && !isCode(country)) {
            return null;
        }
        List<String> agents = new ArrayList<>(3);
        for (int k = 7; k <= 9; k++) {
            String t = f.text(base + k);
            if (t != null) {
                agents.add(t);
            }
        }
        return new EventActor(f.text(base + 1), f.text(base), country, agents);
    }

    static boolean isCode(String s) {
        return s.length() == 3 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))
                && Character.isUpperCase(s.charAt(2));
    }

    private static String columns(int n, String expected) {
        return (n > 61 ? "more than 61" : String.valueOf(n)) + " columns, expected " + expected;
    }

    private static Problem problem(String field, String reason) {
        return new Problem(field, reason);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
