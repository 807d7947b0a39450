package org.dyadlab.textcoder;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;

/** A text coder over the tiny dictionaries in src/test/resources/dict (our own, a handful of entries). */
public final class TestCoders {
    private static Dictionaries tiny;

    private TestCoders() {
    }

    public static synchronized Dictionaries tinyDictionaries() {
        if (tiny == null) {
            try {
                Path dir = Path.of(TestCoders.class.getResource("/dict/PETR.Validate.verbs.txt").toURI()).getParent();
                tiny = DictionaryFiles.in(dir).load(true);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return tiny;
    }

    public static TextCoder tiny() {
        return new TextCoder(new EventCoder(tinyDictionaries()), Models.english(), TextCodingOptions.defaults());
    }
}
