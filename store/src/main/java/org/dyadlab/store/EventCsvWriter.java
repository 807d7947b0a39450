package org.dyadlab.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;

/**
 * Writes events as dyadlab's CSV: RFC 4180, UTF-8, a header of {@link EventColumns#NAMES}, empty cells for
 * unknown values, ISO dates. {@code read.csv()} in R and {@code pandas.read_csv()} read it as is, and
 * {@code dyadlab import events --format dyadlab} reads it back.
 */
public final class EventCsvWriter implements Closeable {
    private final CSVPrinter printer;

    public EventCsvWriter(Writer out) {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(EventColumns.NAMES.toArray(new String[0])).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Event e) {
        try {
            printer.printRecord(values(e));
        } catch (IOException ex) {
            throw new UncheckedIOException("writing event " + e.id() + " failed: " + ex.getMessage(), ex);
        }
    }

    /** The event's values in {@link EventColumns#NAMES} order (null for unknown). */
    public static List<Object> values(Event e) {
        List<Object> v = new ArrayList<>(EventColumns.NAMES.size());
        v.add(e.id());
        v.add(e.date().toString());
        v.add(e.datePrecision().key());
        addActor(v, e.source());
        addActor(v, e.target());
        v.add(e.code().code());
        v.add(e.code().root());
        v.add(e.code().quadClass().number());
        v.add(e.code().goldstein());
        v.add(e.origin());
        v.add(e.originId());
        v.add(e.originGoldstein());
        v.add(e.sourceUrl());
        v.add(e.documentRef());
        v.add(e.textHash());
        v.add(e.mentions());
        return v;
    }

    private static void addActor(List<Object> v, EventActor a) {
        v.add(a.name());
        v.add(a.code());
        v.add(a.country());
        v.add(a.agentsJoined());
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
