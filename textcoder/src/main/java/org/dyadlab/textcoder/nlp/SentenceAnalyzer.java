package org.dyadlab.textcoder.nlp;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tags a sentence's tokens with parts of speech and chunks. Not thread-safe (the
 * OpenNLP tools keep state per call); make one per thread from {@link EnglishModels#analyzer()}.
 */
public final class SentenceAnalyzer {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final ChunkerME chunker;

    SentenceAnalyzer(EnglishModels models) {
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.tags, POSTagFormat.PENN);
        this.chunker = new ChunkerME(models.chunks);
    }

    /** The sentences of a text, as [start, end) character offsets into it. */
    public int[][] sentenceSpans(String text) {
        Span[] spans = sentences.sentPosDetect(text);
        int[][] out = new int[spans.length][];
        for (int i = 0; i < spans.length; i++) {
            out[i] = new int[] {spans[i].getStart(), spans[i].getEnd()};
        }
        return out;
    }

    /** Tokens, tags and chunks of one sentence. */
    public TaggedSentence tag(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] tokens = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            starts[i] = spans[i].getStart();
            ends[i] = spans[i].getEnd();
            tokens[i] = sentence.substring(starts[i], ends[i]);
        }
        String[] tags = tagger.tag(tokens);
        TagCorrections.correctTags(tokens, tags);
        String[] chunks = chunker.chunk(tokens, tags);
        TagCorrections.correctChunks(tags, chunks);
        return new TaggedSentence(sentence, tokens, starts, ends, tags, chunks);
    }
}
