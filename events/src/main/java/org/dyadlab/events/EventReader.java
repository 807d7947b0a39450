package org.dyadlab.events;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams one event file: every good record to {@link EventSink#event}, every bad one to {@link
 * EventSink#reject}. A reader never stops at a bad record; it throws only when the file itself cannot be
 * read (missing, unreadable, not the format at all).
 */
public interface EventReader {
    /**
     * @return the number of records read (good and rejected)
     * @throws IOException when the file cannot be read
     * @throws EventFileException when the file as a whole is not of this format (e.g. a missing header)
     */
    long read(Path file, EventSink sink, ProgressListener progress) throws IOException;
}
