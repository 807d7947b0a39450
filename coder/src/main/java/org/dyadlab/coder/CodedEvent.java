package org.dyadlab.coder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyadlab.coder.dictionary.IssueDictionary.IssueCount;

/**
 * An event coded from a sentence: the triple, the sentence it came from and its date, the evidence, and the
 * issues the sentence mentions.
 */
public record CodedEvent(String sentenceId, LocalDate date, CodedTriple triple, CodingEvidence evidence,
                         List<IssueCount> issues) {
    public CodedEvent {
        Objects.requireNonNull(sentenceId, "sentenceId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(triple, "triple");
        Objects.requireNonNull(evidence, "evidence");
        issues = List.copyOf(issues);
    }
}
