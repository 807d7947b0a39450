package org.dyadlab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyadlab.events.EventFormat;
import org.dyadlab.events.phoenix.PhoenixReader;
import org.junit.jupiter.api.Test;

/** The Spark import takes every format of the embedded import, with the same reader (no session needed). */
class FormatReadersTest {
    @Test
    void everyEventFormatHasAReaderAndPhoenixGetsThePhoenixReader() {
        FormatReaders readers = new FormatReaders();
        for (EventFormat f : EventFormat.values()) {
            assertThat(readers.readerFor(new InputFile(0, "events.txt", f.key()))).as(f.key()).isNotNull();
        }
        assertThat(readers.readerFor(new InputFile(0, "events.full.20170105.txt", "phoenix")))
                .isInstanceOf(PhoenixReader.class);
    }
}
