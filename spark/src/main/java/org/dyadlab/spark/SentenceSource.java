package org.dyadlab.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.coder.input.InputProblem;
import org.dyadlab.coder.input.ParsedSentenceReader;

/**
 * Where the coding job's sentences come from: one input file to parsed sentences, in story order — the PETRARCH
 * XML of already parsed sentences ({@link #PETRARCH_XML}), or another source of parsed sentences. Raw text is coded
 * by {@link org.dyadlab.spark.text.TextCodingJob}, which keeps the text coder's document-level rules.
 */
@FunctionalInterface
public interface SentenceSource extends Serializable {
    /** PETRARCH input files: {@code <Sentence id date><Text/><Parse/></Sentence>}. */
    SentenceSource PETRARCH_XML = (file, sink) -> ParsedSentenceReader.read(file, sink).problems();

    /**
     * Passes the file's sentences to {@code sink} in order and returns those it had to skip.
     *
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    List<InputProblem> read(Path file, Consumer<ParsedSentence> sink);
}
