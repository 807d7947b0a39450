package org.dyadlab.cli;

import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import picocli.CommandLine;

/** Type converters for corpus options: a bad value is a usage error (exit 2) with our message. */
final class CorpusConverters {
    private CorpusConverters() {
    }

    static final class KindConverter implements CommandLine.ITypeConverter<SourceKind> {
        @Override
        public SourceKind convert(String value) {
            try {
                return SourceKind.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class SideConverter implements CommandLine.ITypeConverter<Side> {
        @Override
        public Side convert(String value) {
            try {
                return Side.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class SpanConverter implements CommandLine.ITypeConverter<TextSpan> {
        @Override
        public TextSpan convert(String value) {
            try {
                return TextSpan.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
