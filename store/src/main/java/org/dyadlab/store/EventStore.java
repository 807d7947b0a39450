package org.dyadlab.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;

/**
 * The embedded store of a workspace: one DuckDB file, opened by one process at a time. It holds the events
 * and, through {@link #corpus()} and {@link #coding()}, the documents and their coding.
 *
 * <p>Opening migrates the schema to the version this build knows. Loads go through {@link #beginLoad};
 * reads through {@link #forEachEvent}, {@link #summary} and the exports.
 */
public final class EventStore implements AutoCloseable {
    private final Workspace workspace;
    private final Connection connection;
    private final CameoOntology ontology;
    private final int schemaVersion;
    private boolean loadOpen;

    private EventStore(Workspace workspace, Connection connection, CameoOntology ontology) throws SQLException {
        this.workspace = workspace;
        this.connection = connection;
        this.ontology = ontology;
        this.schemaVersion = SchemaMigrator.migrate(connection);
    }

    /** Opens (creating if needed) the store of a workspace. */
    public static EventStore open(Workspace workspace, CameoOntology ontology) {
        workspace.create();
        Connection c = null;
        try {
            Properties props = new Properties();
            props.setProperty("temp_directory", workspace.dir().resolve(".duckdb-tmp").toString());
            c = DriverManager.getConnection("jdbc:duckdb:" + workspace.databaseFile(), props);
            return new EventStore(workspace, c, ontology);
        } catch (SQLException e) {
            closeQuietly(c);
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("lock")) {
                throw new StoreException("the workspace store " + workspace.databaseFile()
                        + " is in use by another process (DuckDB allows one writer); close it and retry", e);
            }
            throw new StoreException("cannot open the store " + workspace.databaseFile() + ": " + msg, e);
        } catch (RuntimeException e) {
            // a refused (newer) schema or a failed migration: do not leave the file open in this process
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens a folder of Parquet event files (the canonical columns, as the Spark import writes them, partitioned
     * {@code year=/month=} or not) read-only, through an in-memory DuckDB whose {@code events} is a view over
     * {@code read_parquet(folder/**&#47;*.parquet)}: every query of the store, the analysis's day sums included,
     * runs over it unchanged. Loading into it is refused.
     */
    public static EventStore openParquet(Path folder, CameoOntology ontology) {
        if (!Files.isDirectory(folder)) {
            throw new StoreException(folder + ": no such folder of Parquet event files");
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:");
            EventStore store = new EventStore(new Workspace(folder), c, ontology);
            String glob = folder.toAbsolutePath().normalize().resolve("**").resolve("*.parquet").toString()
                    .replace("'", "''");
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE events");
                s.execute("CREATE VIEW events AS SELECT " + EventColumns.LIST + ", CAST(NULL AS BIGINT) AS import_id "
                        + "FROM read_parquet('" + glob + "', hive_partitioning = true, union_by_name = true)");
                s.executeQuery("SELECT count(*) FROM events").close();
            }
            store.loadOpen = true; // a view: no load can go into it
            return store;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(folder + ": not a folder of dyadlab Parquet event files: " + e.getMessage(), e);
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The documents and their versions. */
    public CorpusStore corpus() {
        return new CorpusStore(connection);
    }

    /** The documents text-coding runs have coded. */
    public CodedDocuments codedDocuments() {
        return new CodedDocuments(connection);
    }

    /** The coded passages and memos. */
    public CodingStore coding() {
        return new CodingStore(connection);
    }

    /** Starts an atomic load; see {@link EventLoad}. Only one load at a time per store. */
    public EventLoad beginLoad(LoadSource source) {
        if (loadOpen) {
            throw new IllegalStateException("a load into this store is already open (or it is a read-only Parquet "
                    + "folder); commit or close it first");
        }
        loadOpen = true;
        return new EventLoad(connection, source, () -> loadOpen = false);
    }

    public long countEvents() {
        return count(EventQuery.ALL);
    }

    public long count(EventQuery query) {
        EventQuery.Sql where = query.where();
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM events WHERE " + where.clause())) {
            bind(p, where.params());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("counting events failed: " + e.getMessage(), e);
        }
    }

    /** Streams the matching events in date order (then id), without holding them all in memory. */
    public void forEachEvent(EventQuery query, Consumer<Event> consumer) {
        EventQuery.Sql where = query.where();
        String sql = "SELECT " + EventColumns.LIST + " FROM events WHERE " + where.clause()
                + " ORDER BY event_date, event_id";
        EventRowMapper mapper = new EventRowMapper(ontology);
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            bind(p, where.params());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(mapper.map(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading events failed: " + e.getMessage(), e);
        }
    }

    /**
     * One page of the matching events, in date order (then id), restricted to the named origin datasets when
     * {@code origins} is not empty, with the number of all matches: what a list of events shows one screen at a time.
     */
    public EventPage eventPage(EventQuery query, java.util.Set<String> origins, long offset, int limit) {
        return EventPageQuery.page(connection, ontology, query, origins, offset, limit);
    }

    /** The event with this id, if the store holds it. */
    public java.util.Optional<Event> event(String id) {
        return EventPageQuery.byId(connection, ontology, id);
    }

    /** The words the event's coder matched, as spans of its document's text (empty when none were kept). */
    public List<org.dyadlab.model.event.EventSpan> eventSpans(String id) {
        return EventSpanQuery.of(connection, id);
    }

    /**
     * A number that changes whenever the events change (a load committed, a chronology replaced): what a cache of
     * results computed from the events is keyed by.
     */
    public long generation() {
        return EventPageQuery.generation(connection);
    }

    /** How the events lie on disk with respect to their dates (what a date filter can skip). */
    public DateLayout dateLayout() {
        return DateOrderQuery.layout(connection);
    }

    /**
     * Rewrites the events in date order, atomically, keeping every row and column: after imports that laid them
     * down out of order (see {@link DateLayout#scattered}), a month's events are together again. Not during a load.
     */
    public void orderByDate() {
        if (loadOpen) {
            throw new IllegalStateException("a load into this store is open; commit or close it first");
        }
        DateOrderQuery.orderByDate(connection);
    }

    /** Writes the matching events to a Parquet file in the canonical schema (readable by R, Python, Spark). */
    public void exportParquet(EventQuery query, Path file) {
        EventQuery.Sql where = query.where();
        String inner = "SELECT " + EventColumns.LIST + " FROM events WHERE " + where.clause()
                + " ORDER BY event_date, event_id";
        String sql = "COPY (" + inner + ") TO '" + file.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT parquet, COMPRESSION zstd)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            bind(p, where.params());
            p.execute();
        } catch (SQLException e) {
            throw new StoreException("writing " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * True when the import log has a finished import of this file (its absolute path as in {@link LoadSource})
     * at this size: a fetch re-run skips it instead of reading it again only to count duplicates.
     */
    public boolean hasImported(String file, long size) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT count(*) FROM imports WHERE file = ? AND file_size = ?")) {
            p.setString(1, file);
            p.setLong(2, size);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException("reading the import log failed: " + e.getMessage(), e);
        }
    }

    /** What the workspace holds. */
    public WorkspaceSummary summary() {
        List<WorkspaceSummary.OriginCount> origins = new ArrayList<>();
        List<ImportRecord> imports = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT origin, count(*), min(event_date), max(event_date) FROM events "
                    + "GROUP BY origin ORDER BY origin")) {
                while (rs.next()) {
                    origins.add(new WorkspaceSummary.OriginCount(rs.getString(1), rs.getLong(2),
                            rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT import_id, file, format, finished_at, rows_read, imported, "
                    + "duplicate_ids + duplicate_content, rejected FROM imports ORDER BY import_id")) {
                while (rs.next()) {
                    imports.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the workspace summary failed: " + e.getMessage(), e);
        }
        long size;
        try {
            size = Files.size(workspace.databaseFile());
        } catch (IOException e) {
            size = -1;
        }
        return new WorkspaceSummary(workspace.databaseFile().toString(), schemaVersion, size, origins, imports);
    }

    /** Aggregates of one dyad's events, for the quick summary the CLI prints. */
    public DyadSummary dyadSummary(EventQuery query) {
        return new DyadSummaryQuery(connection).run(query);
    }

    /**
     * The dyad's sums per day (only days with at least one event in the restricted dataset), in day order:
     * the input of every event series and period comparison.
     */
    public List<DayAggregate> dailyAggregates(AggregateQuery query) {
        return DayAggregateQuery.run(connection, query);
    }

    /** The indicator series of this workspace. */
    public IndicatorStore indicators() {
        return new IndicatorStore(connection);
    }

    static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a connection that failed to open or is already closed
            }
        }
    }
}
