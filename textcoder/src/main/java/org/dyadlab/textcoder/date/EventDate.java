package org.dyadlab.textcoder.date;

import java.time.LocalDate;
import java.util.Objects;
import org.dyadlab.model.event.DatePrecision;

/**
 * When a sentence's events happened: a date with its precision (a month is stored on its first day, a year on
 * 1 January) and the words that said so, or empty words when the document's date was taken.
 */
public record EventDate(LocalDate date, DatePrecision precision, String expression) {
    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        expression = expression == null ? "" : expression;
    }

    /** True when the sentence gave the date (not the document). */
    public boolean fromSentence() {
        return !expression.isEmpty();
    }
}
