package org.dyadlab.corpus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;

/** A store in a temporary workspace, and a fixed clock so stored times are reproducible. */
public final class TestStore {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private TestStore() {
    }

    public static EventStore open(Path dir) {
        return EventStore.open(new Workspace(dir), CameoOntology.standard());
    }
}
