package org.dyadlab.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema up to the version this build knows, one numbered SQL script at a time, each in
 * its own transaction, recording each in {@code schema_version}. A store newer than this build is refused
 * rather than damaged.
 */
final class SchemaMigrator {
    /** The scripts, in order; script i brings the schema to version i+1. */
    static final List<String> SCRIPTS = List.of("V001__events.sql", "V002__indicators.sql", "V003__corpus.sql",
            "V004__coded_documents.sql", "V005__event_spans.sql");

    private SchemaMigrator() {
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int migrate(Connection c) throws SQLException {
        int version = currentVersion(c);
        if (version > SCRIPTS.size()) {
            throw new StoreException("this store has schema version " + version + " but this dyadlab knows only up to "
                    + SCRIPTS.size() + "; use a newer dyadlab");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = version + 1; v <= SCRIPTS.size(); v++) {
                String script = SCRIPTS.get(v - 1);
                try (Statement s = c.createStatement()) {
                    for (String sql : read(script).split(";\\s*\\n")) {
                        String stmt = stripComments(sql);
                        if (!stmt.isBlank()) {
                            s.execute(stmt);
                        }
                    }
                    s.execute("INSERT INTO schema_version (version, script) VALUES (" + v + ", '" + script + "')");
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw new StoreException("migration " + script + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
        return SCRIPTS.size();
    }

    private static String stripComments(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String read(String script) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new StoreException("migration script missing from the classpath: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + script, e);
        }
    }
}
