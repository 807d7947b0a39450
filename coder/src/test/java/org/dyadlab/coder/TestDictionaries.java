package org.dyadlab.coder;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;

/** The small dictionaries written for dyadlab's tests ({@code src/test/resources/dictionaries}). */
public final class TestDictionaries {
    private static Dictionaries loaded;

    private TestDictionaries() {
    }

    public static Path file(String name) {
        try {
            return Path.of(TestDictionaries.class.getResource("/dictionaries/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DictionaryFiles files() {
        return new DictionaryFiles(file("test.verbs.txt"), List.of(file("test.actors.txt")), file("test.agents.txt"),
                file("test.discards.txt"), file("test.issues.txt"));
    }

    /** Loaded strictly: the test dictionaries hold no malformed entry. */
    public static synchronized Dictionaries load() {
        if (loaded == null) {
            loaded = files().load(true);
        }
        return loaded;
    }
}
