package org.dyadlab.events.dyadlab;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.events.EventFileException;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventSink;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.Problem;
import org.dyadlab.events.Reject;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.TableRows;

/**
 * Reads dyadlab's own event tables: the CSV that {@code dyadlab events --format csv} writes, or the
 * Parquet file of {@code --format parquet} (and of the Spark jobs), chosen by the file extension.
 */
public final class DyadlabEventReader implements EventReader {
    private final CameoOntology ontology;
    private final DyadlabReadOptions options;

    public DyadlabEventReader(DyadlabReadOptions options, CameoOntology ontology) {
        this.options = options;
        this.ontology = ontology;
    }

    @Override
    public long read(Path file, EventSink sink, ProgressListener progress) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return readParquet(file, sink, progress);
        }
        return readCsv(file, sink, progress);
    }

    private long readCsv(Path file, EventSink sink, ProgressListener progress) throws IOException {
        String name = file.toString();
        long size = Files.size(file);
        long records = 0;
        // Malformed bytes decode to U+FFFD; a record holding one is rejected as invalid UTF-8 and the rest read on.
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                1 << 16);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            DyadlabRowParser rows = new DyadlabRowParser(ontology, options, name, parser.getHeaderNames());
            for (CSVRecord rec : parser) {
                records++;
                long line = parser.getCurrentLineNumber();
                String[] cells = rec.values();
                String raw = String.join(",", cells);
                Object result = raw.indexOf('\uFFFD') >= 0
                        ? new Problem(Reject.WHOLE_RECORD, "invalid UTF-8 (bytes that are not UTF-8 were found)")
                        : rows.parse(cells);
                if (result instanceof Event ev) {
                    sink.event(ev, line);
                } else {
                    sink.reject(((Problem) result).at(name, line, raw));
                }
                if (records % 50_000 == 0) {
                    progress.progress(rec.getCharacterPosition(), size, records);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new EventFileException(name + ": not a dyadlab event CSV: " + e.getMessage(), e);
        }
        progress.progress(size, size, records);
        return records;
    }

    private long readParquet(Path file, EventSink sink, ProgressListener progress) {
        String name = file.toString();
        long[] count = {0};
        TableRows.readParquet(file, new TableRows.RowHandler() {
            private DyadlabRowParser rows;

            @Override
            public void header(List<String> columns) {
                rows = new DyadlabRowParser(ontology, options, name, columns);
            }

            @Override
            public void row(long number, String[] cells) {
                count[0] = number;
                Object result = rows.parse(cells);
                if (result instanceof Event ev) {
                    sink.event(ev, number);
                } else {
                    sink.reject(((Problem) result).at(name, number, Arrays.toString(cells)));
                }
            }
        });
        progress.progress(1, 1, count[0]);
        return count[0];
    }
}
