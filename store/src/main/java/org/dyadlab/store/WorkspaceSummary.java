package org.dyadlab.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What a workspace holds.
 *
 * @param databaseFile  the DuckDB file
 * @param schemaVersion its schema version
 * @param sizeBytes     its size on disk
 * @param origins       events per origin dataset, with their date range
 * @param imports       the import log, oldest first
 */
public record WorkspaceSummary(String databaseFile, int schemaVersion, long sizeBytes, List<OriginCount> origins,
                               List<ImportRecord> imports) {
    public WorkspaceSummary {
        origins = List.copyOf(origins);
        imports = List.copyOf(imports);
    }

    public long eventCount() {
        return origins.stream().mapToLong(OriginCount::events).sum();
    }

    /** Events of one origin and the dates of its first and last. */
    public record OriginCount(String origin, long events, LocalDate first, LocalDate last) {
    }
}
