package org.dyadlab.store;

import java.util.List;

/**
 * The columns of the canonical event table, in table order: the one list that the store, its exports
 * (CSV, Parquet) and the dyadlab-format importer share. Keep it in step with migrations/V001__events.sql.
 */
public final class EventColumns {
    public static final List<String> NAMES = List.of(
            "event_id", "event_date", "date_precision",
            "source_name", "source_actor", "source_country", "source_agents",
            "target_name", "target_actor", "target_country", "target_agents",
            "event_code", "event_root", "quad_class", "goldstein",
            "origin", "origin_id", "origin_goldstein",
            "source_url", "document_ref", "text_hash", "mentions");

    /** The columns joined for SELECT and INSERT lists. */
    public static final String LIST = String.join(", ", NAMES);

    private EventColumns() {
    }
}
