package org.dyadlab.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.coder.CodedEvent;
import org.dyadlab.coder.CodedEventConverter;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.coder.SentenceCoding;
import org.dyadlab.coder.input.InputProblem;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventSink;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.Reject;

/**
 * Codes a file of sentences into events, as {@code dyadlab code parsed --store} does: stories (consecutive
 * sentences of one story id) are coded together with {@link EventCoder#codeStory}, each coded event is numbered in
 * file order (its "line", which decides which duplicate wins) and converted to an {@code Event}; an event whose
 * code is not in CAMEO, and a sentence the source had to skip, become rejects with the reason.
 */
final class CodedSentenceReader implements EventReader {
    private final EventCoder coder;
    private final CodedEventConverter converter;
    private final SentenceSource source;

    CodedSentenceReader(EventCoder coder, CodedEventConverter converter, SentenceSource source) {
        this.coder = coder;
        this.converter = converter;
        this.source = source;
    }

    @Override
    public long read(Path file, EventSink sink, ProgressListener progress) {
        String name = file.toString();
        List<ParsedSentence> story = new ArrayList<>();
        long[] coded = {0};
        List<InputProblem> problems = source.read(file, s -> {
            if (!story.isEmpty() && !story.get(0).storyId().equals(s.storyId())) {
                code(story, name, sink, coded);
            }
            story.add(s);
        });
        code(story, name, sink, coded);
        for (InputProblem p : problems) {
            sink.reject(new Reject(name, p.line(), "Sentence", p.reason(), p.id()));
        }
        return coded[0] + problems.size();
    }

    private void code(List<ParsedSentence> story, String file, EventSink sink, long[] coded) {
        for (SentenceCoding c : coder.codeStory(story, CodingOptions.defaults())) {
            for (CodedEvent e : c.events()) {
                coded[0]++;
                CodedEventConverter.Conversion conv = converter.convert(e);
                if (conv.event() != null) {
                    sink.event(conv.event(), coded[0]);
                } else {
                    sink.reject(new Reject(file, coded[0], "event_code", conv.reason(), e.sentenceId() + " " + e.triple()));
                }
            }
        }
        story.clear();
    }
}
