package org.dyadlab.model.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item of evidence with its sources.
 *
 * @param kind    chronology event, coded event, passage, indicator row or gazetteer entry
 * @param id      its id in its kind (chronology id, event id, "passage:12", "us_aid_obligations/PAK/FY2018")
 * @param date    the date it is about (first day of the month or year when less precise), or null
 * @param when    that date as a reader would name it ("2018-01-04", "2018-08", "FY2018"), or empty
 * @param text    what it says, in one line (a description, a quote, "us_aid_obligations PAK FY2018 = 423,706,549 USD")
 * @param sources the sources it rests on (at least one unless the text says why not)
 * @param stance  whether it supports or contradicts the finding or claim it is attached to
 * @param note    why it was attached or how it bears (a computed change, the matched words), or empty
 */
public record EvidenceItem(EvidenceKind kind, String id, LocalDate date, String when, String text, List<Source> sources,
                           Stance stance, String note) {
    public EvidenceItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stance, "stance");
        when = when == null ? (date == null ? "" : date.toString()) : when;
        text = text == null ? "" : text;
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
    }

    /** This item with another stance and note. */
    public EvidenceItem with(Stance newStance, String newNote) {
        return new EvidenceItem(kind, id, date, when, text, sources, newStance, newNote);
    }

    /** The keys of its sources, in order. */
    public List<String> sourceKeys() {
        return sources.stream().map(Source::key).toList();
    }
}
