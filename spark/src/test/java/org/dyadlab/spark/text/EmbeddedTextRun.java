package org.dyadlab.spark.text;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.textcoder.Republications;
import org.dyadlab.textcoder.TextCodingRun;
import org.dyadlab.textcoder.TextStoreSink;
import org.dyadlab.textcoder.text.DocumentInput;

/**
 * The embedded path the text-coding job must agree with: {@code dyadlab code text --store} into a new workspace —
 * a {@link TextCodingRun} whose sink is the command's {@link TextStoreSink} (events with their spans and the
 * document records in one store load per batch).
 */
final class EmbeddedTextRun {
    private EmbeddedTextRun() {
    }

    static TextCodingRun.Summary code(Path workspace, List<DocumentInput> inputs, TextCodingSettings settings,
                                      int batch) {
        try (EventStore store = EventStore.open(new Workspace(workspace), CameoOntology.standard());
             TextStoreSink sink = new TextStoreSink(store, settings.origin())) {
            TextCodingRun run = new TextCodingRun(settings.coder(), settings.converter(),
                    new Republications(settings.windowDays()), new HashSet<>(), sink, batch);
            inputs.forEach(run::accept);
            return run.finish();
        }
    }
}
