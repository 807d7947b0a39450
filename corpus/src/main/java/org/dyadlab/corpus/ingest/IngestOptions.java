package org.dyadlab.corpus.ingest;

import java.util.Objects;
import java.util.regex.Pattern;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;

/**
 * How to ingest a batch: the kind and side to give documents, the bibliography to take metadata from, a
 * file-name pattern that yields side/date/title, the JSON collection fields, and the per-file limits. Built with
 * {@link #builder()}.
 */
public final class IngestOptions {
    private final SourceKind kind;
    private final Side side;
    private final Bibliography bibliography;
    private final Pattern namePattern;
    private final CollectionFields collectionFields;
    private final IngestLimits limits;

    private IngestOptions(Builder b) {
        this.kind = b.kind;
        this.side = b.side;
        this.bibliography = b.bibliography;
        this.namePattern = b.namePattern;
        this.collectionFields = b.collectionFields;
        this.limits = b.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The kind given on the command line, or null to take it from the bibliography (else official statement). */
    public SourceKind kind() {
        return kind;
    }

    public Side side() {
        return side;
    }

    public Bibliography bibliography() {
        return bibliography;
    }

    /** A pattern over file names (without folder) with optional named groups side, date, year, title; or null. */
    public Pattern namePattern() {
        return namePattern;
    }

    public CollectionFields collectionFields() {
        return collectionFields;
    }

    public IngestLimits limits() {
        return limits;
    }

    public static final class Builder {
        private SourceKind kind;
        private Side side;
        private Bibliography bibliography = Bibliography.EMPTY;
        private Pattern namePattern;
        private CollectionFields collectionFields = CollectionFields.DEFAULT;
        private IngestLimits limits = IngestLimits.DEFAULT;

        private Builder() {
        }

        public Builder kind(SourceKind k) {
            this.kind = k;
            return this;
        }

        public Builder side(Side s) {
            this.side = s;
            return this;
        }

        public Builder bibliography(Bibliography b) {
            this.bibliography = Objects.requireNonNull(b, "bibliography");
            return this;
        }

        /** E.g. {@code (?<side>[A-Z]{3})_\d+_(?<year>\d{4})} for the UN General Debate files "PAK_73_2018.txt". */
        public Builder namePattern(Pattern p) {
            this.namePattern = p;
            return this;
        }

        public Builder collectionFields(CollectionFields f) {
            this.collectionFields = Objects.requireNonNull(f, "collectionFields");
            return this;
        }

        public Builder limits(IngestLimits l) {
            this.limits = Objects.requireNonNull(l, "limits");
            return this;
        }

        public IngestOptions build() {
            return new IngestOptions(this);
        }
    }
}
