package org.dyadlab.events;

import java.time.Duration;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param file             the file
 * @param format           its format key
 * @param read             records read (good and rejected)
 * @param imported         events added to the store
 * @param duplicateIds     events already stored (or repeated in the file) under the same id
 * @param duplicateContent events already stored (or repeated) with the same date, actors, code and source URL
 * @param rejected         records rejected
 * @param firstRejects     the first few rejects, to print
 * @param rejectsFile      the CSV listing every reject, or null when there were none
 * @param elapsed          wall time of the import
 */
public record ImportSummary(String file, String format, long read, long imported, long duplicateIds,
                            long duplicateContent, long rejected, List<Reject> firstRejects, String rejectsFile,
                            Duration elapsed) {
    public ImportSummary {
        firstRejects = List.copyOf(firstRejects);
    }

    public long duplicates() {
        return duplicateIds + duplicateContent;
    }
}
