package org.dyadlab.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyadlab.model.event.Event;

/** Everything a reader produced, in order, for assertions; and the golden-file rendering of events. */
public final class Collected implements EventSink {
    public final List<Event> events = new ArrayList<>();
    public final List<Long> lines = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();
    public long read;

    public static Collected read(EventReader reader, Path file) throws IOException {
        Collected c = new Collected();
        c.read = reader.read(file, c, ProgressListener.NONE);
        return c;
    }

    @Override
    public void event(Event event, long line) {
        events.add(event);
        lines.add(line);
    }

    @Override
    public void reject(Reject reject) {
        rejects.add(reject);
    }

    /** The event read with this id; fails when there is none. */
    public Event byId(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id));
    }

    /** One golden line per event: its coded values (names and URLs reduced to whether they are present). */
    public List<String> goldenLines() {
        List<String> out = new ArrayList<>();
        out.add("line\tid\tdate\tprecision\tsource_actor\tsource_country\tsource_agents\ttarget_actor\ttarget_country"
                + "\ttarget_agents\tcode\troot\tquad\tgoldstein\torigin\torigin_goldstein\tmentions\thas_url\thas_document_ref");
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            out.add(String.join("\t", String.valueOf(lines.get(i)), e.id(), e.date().toString(), e.datePrecision().key(),
                    nz(e.source().code()), nz(e.source().country()), nz(e.source().agentsJoined()),
                    nz(e.target().code()), nz(e.target().country()), nz(e.target().agentsJoined()),
                    e.code().code(), e.root(), String.valueOf(e.quadClass().number()),
                    String.format(Locale.ROOT, "%.1f", e.goldstein()), e.origin(),
                    e.originGoldstein() == null ? "" : String.format(Locale.ROOT, "%.1f", e.originGoldstein()),
                    e.mentions() == null ? "" : e.mentions().toString(),
                    String.valueOf(e.sourceUrl() != null), String.valueOf(e.documentRef() != null)));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
