package org.dyadlab.spark.text;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.textcoder.TextCoder;
import org.dyadlab.textcoder.TextCodingOptions;
import org.dyadlab.textcoder.TextEventConverter;
import org.dyadlab.textcoder.actors.ActorOverrides;
import org.dyadlab.textcoder.nlp.EnglishModels;

/**
 * How the text-coding job codes, as {@code dyadlab code text} does: the dictionary folder and the actor overrides
 * (paths every executor can read), the events' origin and the re-publication window. Each task makes its own coder
 * from them ({@link #coder()}: dictionaries, overrides and the OpenNLP models, one to two seconds).
 *
 * @param dictionaries the Phoenix dictionary folder
 * @param actors       the actor overrides (YAML or PETRARCH actor format), or null
 * @param origin       the events' origin ({@code coder-text}, {@code statements})
 * @param windowDays   copies of a text dated this many days apart are one story
 */
public record TextCodingSettings(String dictionaries, String actors, String origin, int windowDays)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public TextCodingSettings {
        Objects.requireNonNull(dictionaries, "dictionaries");
        Objects.requireNonNull(origin, "origin");
        if (windowDays < 0) {
            throw new IllegalArgumentException("the window must not be negative");
        }
    }

    /** A text coder with the dictionaries, the overrides applied, and the English models. */
    TextCoder coder() {
        Dictionaries d = DictionaryFiles.in(Path.of(dictionaries)).load(false);
        if (actors != null) {
            d = ActorOverrides.read(Path.of(actors)).applyTo(d);
        }
        return new TextCoder(new EventCoder(d), EnglishModels.load(), TextCodingOptions.defaults());
    }

    TextEventConverter converter() {
        return new TextEventConverter(CameoOntology.standard(), origin);
    }
}
