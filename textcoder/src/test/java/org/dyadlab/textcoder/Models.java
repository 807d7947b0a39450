package org.dyadlab.textcoder;

import org.dyadlab.textcoder.nlp.EnglishModels;

/** The English models, read once for all tests of a JVM (about 1.5 s). */
public final class Models {
    private static EnglishModels models;

    private Models() {
    }

    public static synchronized EnglishModels english() {
        if (models == null) {
            models = EnglishModels.load();
        }
        return models;
    }
}
