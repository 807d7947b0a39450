package org.dyadlab.spark;

import java.io.Serializable;
import org.dyadlab.events.EventReader;

/**
 * Makes, on an executor, the reader for one input file. The import uses the events module's readers
 * ({@link FormatReaders}); the coding job a reader that codes sentences ({@link CodingReaders}). This is where the
 * raw-text pipeline (issue 5) plugs in: a factory whose reader turns a text file into events.
 */
@FunctionalInterface
public interface ReaderFactory extends Serializable {
    EventReader readerFor(InputFile file);
}
