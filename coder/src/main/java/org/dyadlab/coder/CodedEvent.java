package org.dyadlab.coder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyadlab.coder.dictionary.IssueDictionary.IssueCount;

/**
 * An event coded from a sentence: the triple, the sentence it came from and its date, the evidence, the issues
 * the sentence mentions, and a hash of the sentence text (so the text can be found again without storing it).
 */
public record CodedEvent(String sentenceId, LocalDate date, CodedTriple triple, CodingEvidence evidence,
                         List<IssueCount> issues, String textHash) {
    public CodedEvent {
        Objects.requireNonNull(sentenceId, "sentenceId");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(triple, "triple");
        Objects.requireNonNull(evidence, "evidence");
        issues = List.copyOf(issues);
    }
}
