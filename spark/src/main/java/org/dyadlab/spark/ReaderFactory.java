package org.dyadlab.spark;

import java.io.Serializable;
import org.dyadlab.events.EventReader;

/**
 * Makes, on an executor, the reader for one input file. The import uses the events module's readers
 * ({@link FormatReaders}); the coding job a reader that codes sentences ({@link CodingReaders}). Raw text has a job
 * of its own ({@link org.dyadlab.spark.text.TextCodingJob}): its decisions span files.
 */
@FunctionalInterface
public interface ReaderFactory extends Serializable {
    EventReader readerFor(InputFile file);
}
