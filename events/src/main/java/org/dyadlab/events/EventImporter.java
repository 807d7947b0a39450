package org.dyadlab.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadResult;
import org.dyadlab.store.LoadSource;

/**
 * Imports event files into a store, one atomic load per file: the good records go in, the bad ones go to a
 * rejects CSV and the summary, and duplicates are counted, not stored. In strict mode the first reject rolls
 * the file back. Killing the process mid-file leaves the store as it was before that file; re-running the
 * same import adds nothing twice.
 */
public final class EventImporter {
    private static final int FIRST_REJECTS = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final EventStore store;

    public EventImporter(EventStore store) {
        this.store = store;
    }

    /** Imports one file with the reader for its format. */
    public ImportSummary importFile(Path file, EventFormat format, EventReader reader, ImportOptions options,
                                    ProgressListener progress) {
        if (!Files.isRegularFile(file)) {
            throw new EventFileException(file + ": no such file");
        }
        long started = System.nanoTime();
        Path rejectsPath = options.rejectsDir().resolve(LocalDateTime.now().format(STAMP) + "-"
                + file.getFileName() + ".rejects.csv");
        LoadSource source = loadSource(file, format);
        try (EventLoad load = store.beginLoad(source); RejectsWriter rejects = new RejectsWriter(rejectsPath)) {
            Collector collector = new Collector(load, rejects, options.strict());
            long read = BackgroundRead.run(reader, file, collector, progress);
            rejects.close();
            LoadResult result = load.commit(read, collector.rejected, rejects.writtenFile());
            return new ImportSummary(file.toString(), format.key(), read, result.imported(), result.duplicateIds(),
                    result.duplicateContent(), collector.rejected, collector.first, rejects.writtenFile(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static LoadSource loadSource(Path file, EventFormat format) {
        try {
            return new LoadSource(file.toAbsolutePath().toString(), format.key(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Passes events to the load and rejects to the writer, stopping at the first reject when strict. */
    private static final class Collector implements EventSink {
        private final EventLoad load;
        private final RejectsWriter writer;
        private final boolean strict;
        private final List<Reject> first = new ArrayList<>();
        private long rejected;

        Collector(EventLoad load, RejectsWriter writer, boolean strict) {
            this.load = load;
            this.writer = writer;
            this.strict = strict;
        }

        @Override
        public void event(Event event, long line) {
            load.add(event, line);
        }

        @Override
        public void reject(Reject reject) {
            if (strict) {
                throw new ImportAbortedException(reject);
            }
            rejected++;
            if (first.size() < FIRST_REJECTS) {
                first.add(reject);
            }
            try {
                writer.write(reject);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rejects file: " + e.getMessage(), e);
            }
        }
    }
}
