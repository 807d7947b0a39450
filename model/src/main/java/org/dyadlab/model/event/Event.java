package org.dyadlab.model.event;

import java.time.LocalDate;
import java.util.Objects;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.cameo.QuadClass;

/**
 * The canonical event record: who did what to whom, when, according to which dataset or document.
 *
 * <p>Every importer and the coder produce this record; the store, the Parquet files of the Spark jobs and
 * the CSV export hold exactly these fields (docs/decisions/0003-event-schema.md). Nullable fields are null
 * when the source does not give them; blank strings are stored as null.
 *
 * @param id              stable id, {@code <namespace>:<original id>} or a content hash (see {@link EventIds})
 * @param date            the event date (first day of the month or year when less precise)
 * @param datePrecision   how precise the source's date was
 * @param source          the acting side
 * @param target          the side acted upon
 * @param code            the CAMEO event code (root, QuadClass and Goldstein weight follow from it)
 * @param origin          the dataset or process the record came from: gdelt1, gdelt2, icews, icews18, …
 * @param originId        the record's id in its origin (GLOBALEVENTID, ICEWS Event ID…), nullable
 * @param originGoldstein the weight the origin itself reported (GDELT GoldsteinScale, ICEWS Intensity), nullable
 * @param sourceUrl       the URL of the news story or document, nullable
 * @param documentRef     a reference to a document or story when there is no URL (ICEWS Story ID…), nullable
 * @param textHash        a hash of the sentence or text the event was coded from, nullable
 * @param mentions        how many mentions/articles the origin counted for the event, nullable
 */
public record Event(
        String id,
        LocalDate date,
        DatePrecision datePrecision,
        EventActor source,
        EventActor target,
        EventCode code,
        String origin,
        String originId,
        Double originGoldstein,
        String sourceUrl,
        String documentRef,
        String textHash,
        Integer mentions) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(datePrecision, "datePrecision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("event id must not be blank");
        }
        originId = blankToNull(originId);
        sourceUrl = blankToNull(sourceUrl);
        documentRef = blankToNull(documentRef);
        textHash = blankToNull(textHash);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The two-digit CAMEO root. */
    public String root() {
        return code.root();
    }

    public QuadClass quadClass() {
        return code.quadClass();
    }

    /** The Goldstein weight of the CAMEO code, the same for every dataset (see originGoldstein for theirs). */
    public double goldstein() {
        return code.goldstein();
    }
}
