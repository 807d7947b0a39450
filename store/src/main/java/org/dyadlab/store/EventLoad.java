package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.model.event.EventSpan;

/**
 * One atomic load of events into the store.
 *
 * <p>Events are appended (DuckDB's Appender) to a temporary staging table inside one transaction. {@link
 * #commit} then adds to {@code events} only those that are new: not an id already stored or seen earlier in
 * the load, and not the same date, actors, code and source URL as an event already stored or seen earlier.
 * It writes the import log row and the matched spans of the events it added ({@code event_spans}), and commits.
 * Closing a load that was not committed rolls everything back, and
 * a process killed mid-load leaves the store as it was: DuckDB never makes an uncommitted transaction durable.
 */
public final class EventLoad implements AutoCloseable {
    private static final String STAGING = "staging_events";

    private final Connection connection;
    private final LoadSource source;
    private final Instant started = Instant.now();
    private DuckDBAppender appender;
    private long staged;
    private String replaceOrigin;
    private String replaceRefPrefix;
    private boolean finished;
    private final java.util.List<CodedDocument> coded = new java.util.ArrayList<>();
    private final java.util.List<StagedSpan> spans = new java.util.ArrayList<>();

    /** A matched span of a staged event, found again at commit by the event's id and line. */
    private record StagedSpan(String eventId, long line, EventSpan span) {
    }

    private final Runnable onFinish;

    EventLoad(Connection connection, LoadSource source, Runnable onFinish) {
        this.connection = connection;
        this.source = source;
        this.onFinish = onFinish;
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE " + STAGING + " AS SELECT " + EventColumns.LIST
                        + " FROM events WITH NO DATA");
                s.execute("ALTER TABLE " + STAGING + " ADD COLUMN line BIGINT");
            }
            appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", STAGING);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot start an import into the store: " + e.getMessage(), e);
        }
    }

    /** Stages one event, read from line {@code line} of the source (its position decides which duplicate wins). */
    public void add(Event e, long line) {
        requireOpen();
        try {
            DuckDBAppender a = appender;
            a.beginRow();
            a.append(e.id());
            a.append(e.date());
            a.append(e.datePrecision().key());
            appendActor(a, e.source());
            appendActor(a, e.target());
            a.append(e.code().code());
            a.append(e.code().root());
            a.append((byte) e.code().quadClass().number());
            a.append(e.code().goldstein());
            a.append(e.origin());
            appendNullable(a, e.originId());
            if (e.originGoldstein() == null) {
                a.appendNull();
            } else {
                a.append(e.originGoldstein().doubleValue());
            }
            appendNullable(a, e.sourceUrl());
            appendNullable(a, e.documentRef());
            appendNullable(a, e.textHash());
            if (e.mentions() == null) {
                a.appendNull();
            } else {
                a.append(e.mentions().intValue());
            }
            a.append(line);
            a.endRow();
            staged++;
        } catch (SQLException ex) {
            throw new StoreException("cannot stage event " + e.id() + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Stages one event with the words its coder matched ({@link EventSpan}s of the document its reference names);
     * the spans are stored only if the event is (not a duplicate), in the same transaction.
     */
    public void add(Event e, long line, java.util.List<EventSpan> matched) {
        add(e, line);
        for (EventSpan s : matched) {
            spans.add(new StagedSpan(e.id(), line, s));
        }
    }

    private static void appendActor(DuckDBAppender a, EventActor actor) throws SQLException {
        appendNullable(a, actor.name());
        appendNullable(a, actor.code());
        appendNullable(a, actor.country());
        appendNullable(a, actor.agentsJoined());
    }

    private static void appendNullable(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    public long staged() {
        return staged;
    }

    /**
     * Records a coded document, written by {@link #commit} in the same transaction as the events: a text-coding
     * run that is interrupted loses the document's events and its record together, and codes it again.
     */
    public void recordCoded(CodedDocument d) {
        requireOpen();
        coded.add(java.util.Objects.requireNonNull(d, "d"));
    }

    /**
     * Makes the commit first remove the stored events of this origin whose document reference starts with the
     * prefix, in the same transaction: for curated sources (a case chronology) where an edited row must
     * replace its event rather than be a duplicate of it.
     */
    public EventLoad replacing(String origin, String documentRefPrefix) {
        requireOpen();
        this.replaceOrigin = java.util.Objects.requireNonNull(origin, "origin");
        this.replaceRefPrefix = java.util.Objects.requireNonNull(documentRefPrefix, "documentRefPrefix");
        return this;
    }

    /**
     * Adds the new staged events to the store, logs the import and commits.
     *
     * @param rowsRead    records read from the source (good and rejected)
     * @param rejected    records rejected
     * @param rejectsFile where the rejects were written, or null
     */
    public LoadResult commit(long rowsRead, long rejected, String rejectsFile) {
        requireOpen();
        try {
            appender.close();
            appender = null;
            long importId;
            long dupIds;
            long dupContent;
            if (replaceOrigin != null) {
                try (PreparedStatement p = connection.prepareStatement("DELETE FROM event_spans WHERE event_id IN "
                        + "(SELECT event_id FROM events WHERE origin = ? AND starts_with(document_ref, ?))")) {
                    p.setString(1, replaceOrigin);
                    p.setString(2, replaceRefPrefix);
                    p.executeUpdate();
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "DELETE FROM events WHERE origin = ? AND starts_with(document_ref, ?)")) {
                    p.setString(1, replaceOrigin);
                    p.setString(2, replaceRefPrefix);
                    p.executeUpdate();
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute(DUPLICATES_SQL);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE by_id), "
                        + "count(*) FILTER (WHERE NOT by_id) FROM staging_duplicates")) {
                    rs.next();
                    dupIds = rs.getLong(1);
                    dupContent = rs.getLong(2);
                }
                try (ResultSet rs = s.executeQuery("SELECT nextval('import_id_seq')")) {
                    rs.next();
                    importId = rs.getLong(1);
                }
            }
            long imported;
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO events (" + EventColumns.LIST
                    + ", import_id) SELECT " + EventColumns.LIST + ", ? FROM " + STAGING + " s "
                    + "WHERE NOT EXISTS (SELECT 1 FROM staging_duplicates d WHERE d.line = s.line)")) {
                p.setLong(1, importId);
                imported = p.executeUpdate();
            }
            if (!spans.isEmpty()) {
                insertSpans();
            }
            logImport(importId, rowsRead, imported, dupIds, dupContent, rejected, rejectsFile);
            if (!coded.isEmpty()) {
                CodedDocuments.insert(connection, coded);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TABLE staging_duplicates");
                s.execute("DROP TABLE " + STAGING);
            }
            connection.commit();
            finished = true;
            onFinish.run();
            connection.setAutoCommit(true);
            return new LoadResult(importId, staged, imported, dupIds, dupContent);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("import of " + source.file() + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /** The spans of the staged events that were added (not duplicates). */
    private void insertSpans() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE staging_spans (event_id VARCHAR, line BIGINT, role VARCHAR, "
                    + "span_start INTEGER, span_end INTEGER)");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO staging_spans VALUES (?, ?, ?, ?, ?)")) {
            for (StagedSpan sp : spans) {
                p.setString(1, sp.eventId());
                p.setLong(2, sp.line());
                p.setString(3, sp.span().role());
                p.setInt(4, sp.span().start());
                p.setInt(5, sp.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO event_spans (event_id, role, span_start, span_end) "
                    + "SELECT sp.event_id, sp.role, sp.span_start, sp.span_end FROM staging_spans sp "
                    + "WHERE EXISTS (SELECT 1 FROM " + STAGING + " s WHERE s.line = sp.line AND s.event_id = sp.event_id) "
                    + "AND sp.line NOT IN (SELECT line FROM staging_duplicates) ORDER BY sp.line, sp.span_start");
            s.execute("DROP TABLE staging_spans");
        }
    }

    /*
     * The staged lines not to store, each once: by_id when an earlier line of this load has the same id or the
     * store has it; otherwise (by_id false) when an earlier kept line or a stored event has the same date,
     * source and target actor, code and source URL. Content is compared only where a URL is known: without one, two
     * events on a day are not evidence of a duplicate. Duplicates are usually few, so this table is small and
     * the insert needs no copy of the staged columns.
     */
    private static final String DUPLICATES_SQL = "CREATE TEMP TABLE staging_duplicates AS "
            + "WITH id_dups AS ("
            + "  SELECT line FROM (SELECT line, row_number() OVER (PARTITION BY event_id ORDER BY line) AS rn "
            + "                    FROM " + STAGING + ") WHERE rn > 1 "
            + "  UNION "
            + "  SELECT line FROM " + STAGING + " WHERE event_id IN (SELECT event_id FROM events)), "
            // content is compared among the lines that survive the id check, and against the store
            + "with_url AS ("
            + "  SELECT line, event_date, source_actor, target_actor, event_code, source_url FROM " + STAGING
            + "  WHERE source_url IS NOT NULL AND line NOT IN (SELECT line FROM id_dups)), "
            + "content_dups AS ("
            + "  SELECT line FROM (SELECT line, row_number() OVER (PARTITION BY event_date, source_actor, target_actor, "
            + "                    event_code, source_url ORDER BY line) AS rn FROM with_url) WHERE rn > 1 "
            + "  UNION "
            + "  SELECT s.line FROM with_url s WHERE EXISTS ("
            + "    SELECT 1 FROM events e WHERE e.source_url = s.source_url AND e.event_date = s.event_date "
            + "      AND e.event_code = s.event_code AND e.source_actor IS NOT DISTINCT FROM s.source_actor "
            + "      AND e.target_actor IS NOT DISTINCT FROM s.target_actor)) "
            + "SELECT line, true AS by_id FROM id_dups "
            + "UNION ALL "
            + "SELECT line, false AS by_id FROM content_dups";

    private void logImport(long importId, long rowsRead, long imported, long dupIds, long dupContent, long rejected,
                           String rejectsFile) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO imports (import_id, file, format, "
                + "file_size, file_modified, started_at, finished_at, rows_read, imported, duplicate_ids, "
                + "duplicate_content, rejected, rejects_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, importId);
            p.setString(2, source.file());
            p.setString(3, source.format());
            p.setLong(4, source.size());
            p.setObject(5, source.modified() == null ? null : LocalDateTime.ofInstant(source.modified(), ZoneOffset.UTC));
            p.setObject(6, LocalDateTime.ofInstant(started, ZoneOffset.UTC));
            p.setObject(7, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            p.setLong(8, rowsRead);
            p.setLong(9, imported);
            p.setLong(10, dupIds);
            p.setLong(11, dupContent);
            p.setLong(12, rejected);
            p.setString(13, rejectsFile);
            p.executeUpdate();
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("this load is already committed or closed");
        }
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        if (!finished) {
            rollbackQuietly();
        }
    }

    private void rollbackQuietly() {
        if (!finished) {
            onFinish.run();
        }
        finished = true;
        try {
            if (appender != null) {
                appender.close();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back below; a failed flush changes nothing
        }
        appender = null;
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // nothing was committed; the connection is closed by the store
        }
    }
}
