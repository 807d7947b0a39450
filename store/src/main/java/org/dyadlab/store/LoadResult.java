package org.dyadlab.store;

/**
 * What one committed load did.
 *
 * @param importId         the id of the load in the import log (and on every event it added)
 * @param staged           events offered to the load
 * @param imported         events added to the store
 * @param duplicateIds     events not added because an event with the same id was already there or came earlier
 * @param duplicateContent events not added because the same date, actors, code and source URL were already there
 */
public record LoadResult(long importId, long staged, long imported, long duplicateIds, long duplicateContent) {
    public long duplicates() {
        return duplicateIds + duplicateContent;
    }
}
