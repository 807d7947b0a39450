package org.dyadlab.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The frame of the store tests that need a fresh store per test: opened in a temporary folder, closed after. */
abstract class StoreTest {
    @TempDir
    Path dir;

    EventStore store;

    @BeforeEach
    void openStore() {
        store = StoreFixture.open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
