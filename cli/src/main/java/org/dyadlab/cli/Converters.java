package org.dyadlab.cli;

import org.dyadlab.events.EventFormat;
import org.dyadlab.model.event.Dyad;
import picocli.CommandLine;

/** Type converters: a bad value becomes picocli's usage error (exit 2) with our message. */
final class Converters {
    private Converters() {
    }

    static final class DyadConverter implements CommandLine.ITypeConverter<Dyad> {
        @Override
        public Dyad convert(String value) {
            try {
                return Dyad.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<EventFormat> {
        @Override
        public EventFormat convert(String value) {
            try {
                return EventFormat.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
