package org.dyadlab.coder;

import java.util.List;
import java.util.Objects;
import org.dyadlab.coder.dictionary.IssueDictionary.IssueCount;

/**
 * What coding one sentence gave: events, or the reason there are none by rule (a discard phrase, an unreadable
 * parse, a dateline).
 *
 * @param sentenceId the sentence
 * @param outcome    coded (possibly with no events), discarded, or not codable
 * @param detail     the discard phrase or the parse problem; empty when coded
 * @param events     the events, in the order coded
 * @param issues     the issues of the sentence (empty unless it has events)
 */
public record SentenceCoding(String sentenceId, Outcome outcome, String detail, List<CodedEvent> events,
                             List<IssueCount> issues) {
    /** How coding a sentence ended; {@link #key()} is the PETRARCH suite's name for it. */
    public enum Outcome {
        CODED("coded"),
        SENTENCE_DISCARD("sentencediscard"),
        STORY_DISCARD("storydiscard"),
        BAD_PARSE("bad_input_parse"),
        DATELINE("dateline");

        private final String key;

        Outcome(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public SentenceCoding {
        Objects.requireNonNull(sentenceId, "sentenceId");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
        events = List.copyOf(events);
        issues = List.copyOf(issues);
    }

    public static SentenceCoding notCoded(String sentenceId, Outcome outcome, String detail) {
        return new SentenceCoding(sentenceId, outcome, detail, List.of(), List.of());
    }

    /** The events' triples, in order. */
    public List<CodedTriple> triples() {
        return events.stream().map(CodedEvent::triple).toList();
    }
}
