package org.dyadlab.textcoder.nlp;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The sentences of a text, as [start, end) character offsets into it. No sentence crosses a blank line: that is
     * where {@code TextCleaner} marks a certain paragraph end (a block element, a heading), which the sentence
     * detector alone would read through when the paragraph does not end with a full stop.
     */
    public int[][] sentenceSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            for (Span s : sentences.sentPosDetect(text.substring(start, end))) {
                out.add(new int[] {start + s.getStart(), start + s.getEnd()});
            }
            start = end + 2;
        }
        return out.toArray(int[][]::new);
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
