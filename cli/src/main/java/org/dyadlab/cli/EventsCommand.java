package org.dyadlab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.EventColumns;
import org.dyadlab.store.EventCsvWriter;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab events}: lists or exports the stored events of a dyad. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"List or export stored events, optionally of one dyad and date range, in dyadlab's event schema.",
            "csv and json go to standard output (or --output); parquet needs --output. R: read.csv(), "
                    + "jsonlite::fromJSON(), arrow::read_parquet(); Python: pandas.read_csv/read_json/read_parquet."},
        footer = {"", "Examples:",
            "  dyadlab events --dyad PAK-USA --from 2017-01-20 --to 2021-01-19 > pak-usa.csv",
            "  dyadlab events --dyad USA-PAK --directed --format json",
            "  dyadlab events --dyad PAK-USA --format parquet --output pak-usa.parquet"})
final class EventsCommand implements Callable<Integer> {
    enum Format { csv, json, jsonl, parquet }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = {"-d", "--dyad"}, paramLabel = "AAA-BBB", converter = Converters.DyadConverter.class,
            description = "Two CAMEO country codes, e.g. PAK-USA.")
    Dyad dyad;

    @Option(names = "--directed", description = "Only events from the dyad's first actor to its second.")
    boolean directed;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day included.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day included.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv (default), json (an array), jsonl (one object per line) or parquet.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (directed && dyad == null) {
            throw new UsageException("--directed needs --dyad");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        if (format == Format.parquet && output == null) {
            throw new UsageException("--format parquet needs --output FILE");
        }
        EventQuery query = new EventQuery(Optional.ofNullable(dyad), directed, from, to);
        try (EventStore store = workspace.openExisting()) {
            if (format == Format.parquet) {
                store.exportParquet(query, output);
                spec.commandLine().getErr().printf("wrote %,d events to %s%n", store.count(query), output);
                return 0;
            }
            try (Writer w = output == null ? new NonClosingWriter(spec.commandLine().getOut())
                    : new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                long n = write(store, query, w);
                if (output != null) {
                    spec.commandLine().getErr().printf("wrote %,d events to %s%n", n, output);
                }
            }
        }
        return 0;
    }

    private long write(EventStore store, EventQuery query, Writer w) throws IOException {
        long[] n = {0};
        if (format == Format.csv) {
            EventCsvWriter csv = new EventCsvWriter(w);
            store.forEachEvent(query, e -> {
                csv.write(e);
                n[0]++;
            });
            csv.close();
            return n[0];
        }
        JsonGenerator g = new JsonFactory().createGenerator(w);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        if (format == Format.jsonl) {
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        } else {
            g.writeStartArray();
        }
        store.forEachEvent(query, e -> {
            writeJson(g, e);
            n[0]++;
        });
        if (format == Format.json) {
            g.writeEndArray();
        }
        g.writeRaw('\n');
        g.close();
        return n[0];
    }

    private static void writeJson(JsonGenerator g, Event e) {
        try {
            List<Object> values = EventCsvWriter.values(e);
            g.writeStartObject();
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                String name = EventColumns.NAMES.get(i);
                if (v == null) {
                    g.writeNullField(name);
                } else if (v instanceof Number num) {
                    g.writeFieldName(name);
                    if (v instanceof Double dbl) {
                        g.writeNumber(dbl);
                    } else {
                        g.writeNumber(num.longValue());
                    }
                } else {
                    g.writeStringField(name, v.toString());
                }
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Lets the command close its writer without closing picocli's standard output. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
