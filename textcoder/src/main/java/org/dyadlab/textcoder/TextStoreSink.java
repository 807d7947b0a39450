package org.dyadlab.textcoder;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dyadlab.store.CodedDocument;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadSource;
import org.dyadlab.textcoder.text.TextDocument;

/**
 * A text-coding run's store: each batch's events with their matched spans, and a record of each document handed
 * over, go into one {@link EventLoad} committed per batch — so an interrupted run loses the open batch's events
 * and records together, and a run started again ({@link #alreadyCoded}) codes nothing twice. Closing the sink
 * without committing rolls the open batch back. Used by {@code dyadlab code text --store} and the Spark job's
 * equivalence test.
 */
public final class TextStoreSink implements TextCodingRun.Sink, AutoCloseable {
    private final EventStore store;
    private final String origin;
    private EventLoad load;
    private long line;
    private long imported;

    /** @param origin the events' origin, under which the coded documents are recorded too */
    public TextStoreSink(EventStore store, String origin) {
        this.store = Objects.requireNonNull(store, "store");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /**
     * The keys ({@link TextCodingRun#key}) of the documents earlier runs of this origin recorded, each also
     * remembered in {@code republications} so that a copy of it is still found: the {@code done} of a resumed run.
     */
    public Set<String> alreadyCoded(Republications republications) {
        Set<String> done = new HashSet<>();
        for (CodedDocument c : store.codedDocuments().of(origin)) {
            done.add(TextCodingRun.key(c.documentId(), c.contentHash()));
            republications.remember(c.documentId(), c.contentHash(), c.documentDate());
        }
        return done;
    }

    @Override
    public void document(TextDocument document, DocumentCoding coding, List<TextEventConverter.Conversion> events,
                         String republishedOf) {
        if (load == null) {
            load = store.beginLoad(new LoadSource("text:" + origin, "text-coder", 0, null));
        }
        int stored = 0;
        for (TextEventConverter.Conversion c : events) {
            if (c.event() != null) {
                load.add(c.event(), ++line, c.spans());
                stored++;
            }
        }
        load.recordCoded(new CodedDocument(origin, document.id(), coding.contentHash(), document.date(),
                coding.sentences(), stored, republishedOf));
    }

    @Override
    public void commit() {
        if (load != null) {
            imported += load.commit(line, 0, null).imported();
            load.close();
            load = null;
            line = 0;
        }
    }

    /** Events the committed batches added to the store (not those already there). */
    public long imported() {
        return imported;
    }

    /** Rolls back the open batch, if any. */
    @Override
    public void close() {
        if (load != null) {
            load.close();
            load = null;
            line = 0;
        }
    }
}
