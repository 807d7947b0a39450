package org.dyadlab.events;

import java.io.IOException;
import java.nio.file.Path;
import org.dyadlab.events.io.LineSource;
import org.dyadlab.events.io.TabFields;
import org.dyadlab.events.io.Utf8;
import org.dyadlab.model.event.Event;

/**
 * The loop every reader of header-less tab-separated event files shares (GDELT, Phoenix): lines in order, blank
 * lines skipped, a line that is not UTF-8 rejected as a whole, the rest split at tabs and handed to the format's
 * parser, progress reported every 50,000 records.
 */
public final class TabRecords {
    private static final int PROGRESS_EVERY = 50_000;

    private TabRecords() {
    }

    /** A format's parser of one line's fields. */
    @FunctionalInterface
    public interface Parser {
        /**
         * @param fields the line's fields
         * @param count  how many there are (capped at the capacity + 1)
         * @param line   the 1-based line number
         * @return the {@link Event}, the {@link Problem} that rejects the record, or null when the line is no
         *         record (a header) and is skipped without being counted
         */
        Object parse(TabFields fields, int count, long line);
    }

    /**
     * Reads {@code file} (plain, .zip or .gz) with {@code parser}.
     *
     * @param capacity the most fields a valid record has
     * @return the number of records read (good and rejected)
     */
    public static long read(Path file, int capacity, EventSink sink, ProgressListener progress, Parser parser)
            throws IOException {
        String name = file.toString();
        TabFields f = new TabFields(capacity);
        long records = 0;
        try (LineSource src = LineSource.open(file)) {
            while (src.next()) {
                byte[] b = src.buffer();
                int s = src.start();
                int e = src.end();
                if (s == e) {
                    continue;
                }
                boolean ascii = Utf8.isAscii(b, s, e);
                int bad = ascii ? -1 : Utf8.firstInvalid(b, s, e);
                Object result = bad >= 0
                        ? new Problem(Reject.WHOLE_RECORD, "invalid UTF-8 at byte " + (bad + 1) + " of the line")
                        : parser.parse(f, f.split(b, s, e, ascii), src.lineNumber());
                if (result == null) {
                    continue;
                }
                records++;
                if (result instanceof Event ev) {
                    sink.event(ev, src.lineNumber());
                } else {
                    sink.reject(((Problem) result).at(name, src.lineNumber(), src.lineForDisplay()));
                }
                if (records % PROGRESS_EVERY == 0) {
                    progress.progress(src.bytesConsumed(), src.totalBytes(), records);
                }
            }
            progress.progress(src.bytesConsumed(), src.totalBytes(), records);
        }
        return records;
    }
}
