package org.dyadlab.model.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyadlab.model.event.DatePrecision;

/**
 * One dated, coded and cited event of a case's chronology.
 *
 * @param id          stable slug ("2018-01-04-security-aid-suspended")
 * @param date        the date (first of the month or year when less precise)
 * @param precision   how precise the date is
 * @param sourceActor CAMEO actor code of the side acting ("USAGOV", "IGOFATF")
 * @param targetActor CAMEO actor code of the side acted upon
 * @param cameoCode   CAMEO event code, as written ("1622")
 * @param theme       the codebook theme, factor.theme ("economic.aid-suspension")
 * @param description one line, in the case authors' words
 * @param sources     bibliography keys, at least one
 * @param note        the authors' comment (why a code or date was chosen, where sources disagree), or empty
 */
public record ChronologyEntry(String id, LocalDate date, DatePrecision precision, String sourceActor,
                              String targetActor, String cameoCode, String theme, String description,
                              List<String> sources, String note) {
    public ChronologyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(sourceActor, "sourceActor");
        Objects.requireNonNull(targetActor, "targetActor");
        Objects.requireNonNull(cameoCode, "cameoCode");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(description, "description");
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
    }

    /** The factor part of the theme ("economic"). */
    public String factor() {
        int dot = theme.indexOf('.');
        return dot < 0 ? theme : theme.substring(0, dot);
    }
}
