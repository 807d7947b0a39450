package org.dyadlab.textcoder.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP 1.5 English models (sentence detector, tokenizer, maximum-entropy part-of-speech tagger with Penn
 * Treebank tags, CoNLL-2000 chunker), read once from the class path where Maven put their jars. The models are
 * immutable and shared; each thread makes its own {@link SentenceAnalyzer} from them.
 */
public final class EnglishModels {
    static final String SENTENCES = "/en-sent.bin";
    static final String TOKENS = "/en-token.bin";
    static final String TAGS = "/en-pos-maxent.bin";
    static final String CHUNKS = "/en-chunker.bin";

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel tags;
    final ChunkerModel chunks;

    private EnglishModels(SentenceModel sentences, TokenizerModel tokens, POSModel tags, ChunkerModel chunks) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.tags = tags;
        this.chunks = chunks;
    }

    /**
     * Reads the four models from the class path (about 9 MB, a second or two).
     *
     * @throws UncheckedIOException when a model jar is missing from the class path or unreadable
     */
    public static EnglishModels load() {
        try {
            SentenceModel s;
            try (InputStream in = open(SENTENCES)) {
                s = new SentenceModel(in);
            }
            TokenizerModel t;
            try (InputStream in = open(TOKENS)) {
                t = new TokenizerModel(in);
            }
            POSModel p;
            try (InputStream in = open(TAGS)) {
                p = new POSModel(in);
            }
            ChunkerModel c;
            try (InputStream in = open(CHUNKS)) {
                c = new ChunkerModel(in);
            }
            return new EnglishModels(s, t, p, c);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource.substring(1) + " is not on the class path (its jar, "
                    + "edu.washington.cs.knowitall:opennlp-*-models, is a dependency of dyadlab-textcoder)");
        }
        return in;
    }

    /** A new analyzer over these models, for one thread. */
    public SentenceAnalyzer analyzer() {
        return new SentenceAnalyzer(this);
    }

    @Override
    public String toString() {
        return "OpenNLP 1.5 English models (" + Objects.toString(tags.getLanguage()) + ")";
    }
}
