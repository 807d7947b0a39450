package org.dyadlab.events.icews;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.events.EventFileException;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventSink;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.Problem;
import org.dyadlab.events.Reject;
import org.dyadlab.events.io.DayDates;
import org.dyadlab.events.io.LineSource;
import org.dyadlab.events.io.TabFields;
import org.dyadlab.events.io.Utf8;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;

/**
 * Reads ICEWS coded-event files as distributed on Harvard Dataverse: tab-separated, a header row naming the
 * columns ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "CAMEO Code",
 * "Intensity", "Target Name", …), plain or zipped. Columns are found by name, so the order may vary between
 * releases. "Event ID" alone is not unique in ICEWS (a few ids recur with another date), so the stable id
 * is the id with the date. ICEWS codes outside CAMEO ("13y") are rejected, never guessed.
 */
public final class IcewsReader implements EventReader {
    private static final List<String> REQUIRED = List.of("Event ID", "Event Date", "Source Name", "Source Country",
            "CAMEO Code", "Target Name", "Target Country");

    private final IcewsReadOptions options;
    private final CameoOntology ontology;

    public IcewsReader(IcewsReadOptions options, CameoOntology ontology) {
        this.options = options;
        this.ontology = ontology;
    }

    @Override
    public long read(Path file, EventSink sink, ProgressListener progress) throws IOException {
        IcewsActors actors = new IcewsActors(ontology);
        if (options.personsFile() != null) {
            actors.withPersons(options.personsFile());
        }
        String name = file.toString();
        long records = 0;
        try (LineSource src = LineSource.open(file)) {
            if (!src.next()) {
                throw new EventFileException(name + ": empty file; an ICEWS file starts with a header row");
            }
            Map<String, Integer> col = header(src.lineForDisplay(), name);
            int width = col.size();
            Columns c = new Columns(col);
            TabFields f = new TabFields(Math.max(width, 32));
            while (src.next()) {
                byte[] b = src.buffer();
                if (src.start() == src.end()) {
                    continue;
                }
                records++;
                Object r;
                boolean ascii = Utf8.isAscii(b, src.start(), src.end());
                if (!ascii && Utf8.firstInvalid(b, src.start(), src.end()) >= 0) {
                    r = new Problem(Reject.WHOLE_RECORD, "invalid UTF-8");
                } else {
                    int n = f.split(b, src.start(), src.end(), ascii);
                    r = n != width ? new Problem(Reject.WHOLE_RECORD, n + " columns, expected " + width
                            + " as in the header") : parse(f, c, actors);
                }
                if (r instanceof Event e) {
                    sink.event(e, src.lineNumber());
                } else {
                    sink.reject(((Problem) r).at(name, src.lineNumber(), src.lineForDisplay()));
                }
                if (records % 50_000 == 0) {
                    progress.progress(src.bytesConsumed(), src.totalBytes(), records);
                }
            }
            progress.progress(src.bytesConsumed(), src.totalBytes(), records);
        }
        return records;
    }

    private static Map<String, Integer> header(String line, String file) {
        Map<String, Integer> col = new HashMap<>();
        String[] names = line.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            col.put(unquote(names[i].trim()), i);
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                throw new EventFileException(file + ": not an ICEWS event file: the header lacks the column '" + r
                        + "' (it has: " + String.join(", ", names) + ")");
            }
        }
        return col;
    }

    /** Column positions, -1 for optional columns the file lacks. */
    private record Columns(int id, int date, int sourceName, int sourceSectors, int sourceCountry, int code,
                           int intensity, int targetName, int targetSectors, int targetCountry, int story,
                           int sentence) {
        Columns(Map<String, Integer> c) {
            this(c.get("Event ID"), c.get("Event Date"), c.get("Source Name"), c.getOrDefault("Source Sectors", -1),
                    c.get("Source Country"), c.get("CAMEO Code"), c.getOrDefault("Intensity", -1), c.get("Target Name"),
                    c.getOrDefault("Target Sectors", -1), c.get("Target Country"), c.getOrDefault("Story ID", -1),
                    c.getOrDefault("Sentence Number", -1));
        }
    }

    private Object parse(TabFields f, Columns c, IcewsActors actors) {
        String id = text(f, c.id());
        if (id == null) {
            return new Problem("Event ID", "missing");
        }
        String dateText = text(f, c.date());
        LocalDate date = DayDates.ofIso(dateText);
        if (date == null) {
            return new Problem("Event Date", "not a date in YYYY-MM-DD form: '" + (dateText == null ? "" : dateText) + "'");
        }
        String codeText = text(f, c.code());
        EventCode code = codeText == null ? null : ontology.eventCode(codeText).orElse(null);
        if (code == null) {
            return new Problem("CAMEO Code", codeText == null ? "missing" : "unknown CAMEO event code '" + codeText + "'");
        }
        Double intensity = null;
        String it = text(f, c.intensity());
        if (it != null) {
            try {
                intensity = Double.valueOf(it);
            } catch (NumberFormatException e) {
                return new Problem("Intensity", "not a number: '" + it + "'");
            }
        }
        EventActor source = actors.actor(text(f, c.sourceName()), text(f, c.sourceSectors()),
                text(f, c.sourceCountry()), date);
        EventActor target = actors.actor(text(f, c.targetName()), text(f, c.targetSectors()),
                text(f, c.targetCountry()), date);
        String story = text(f, c.story());
        String sentence = text(f, c.sentence());
        String ref = story == null ? null : "icews-story:" + story + (sentence == null ? "" : "#" + sentence);
        return new Event("icews:" + id + "@" + date, date, DatePrecision.DAY, source, target, code, "icews", id,
                intensity, null, ref, null, null);
    }

    private static String text(TabFields f, int i) {
        if (i < 0) {
            return null;
        }
        String s = f.text(i);
        return s == null ? null : emptyToNull(unquote(s));
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"' ? s.substring(1, s.length() - 1) : s;
    }

    private static String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
