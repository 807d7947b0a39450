package org.dyadlab.spark.text;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.CodedDocument;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadSource;
import org.dyadlab.store.Workspace;
import org.dyadlab.textcoder.DocumentCoding;
import org.dyadlab.textcoder.Republications;
import org.dyadlab.textcoder.TextCodingRun;
import org.dyadlab.textcoder.TextEventConverter;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.TextDocument;

/**
 * The embedded path the text-coding job must agree with: {@code dyadlab code text --store} into a new workspace —
 * a {@link TextCodingRun} whose sink is the command's (events with their spans and the document records in one
 * store load per batch).
 */
final class EmbeddedTextRun {
    private EmbeddedTextRun() {
    }

    static TextCodingRun.Summary code(Path workspace, List<DocumentInput> inputs, TextCodingSettings settings,
                                      int batch) {
        try (EventStore store = EventStore.open(new Workspace(workspace), CameoOntology.standard())) {
            StoreSink sink = new StoreSink(store, settings.origin());
            TextCodingRun run = new TextCodingRun(settings.coder(), settings.converter(),
                    new Republications(settings.windowDays()), new HashSet<>(), sink, batch);
            inputs.forEach(run::accept);
            return run.finish();
        }
    }

    /** As the command's store sink (cli CodeTextCommand.StoreSink). */
    private static final class StoreSink implements TextCodingRun.Sink {
        private final EventStore store;
        private final String origin;
        private EventLoad load;
        private long line;

        StoreSink(EventStore store, String origin) {
            this.store = store;
            this.origin = origin;
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
                load.commit(line, 0, null);
                load.close();
                load = null;
                line = 0;
            }
        }
    }
}
