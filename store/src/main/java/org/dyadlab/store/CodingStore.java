package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.TextSpan;

/**
 * The coded passages and memos of a workspace ({@code corpus_passages}, {@code corpus_memos}). Obtained from
 * {@link EventStore#coding()}; shares the store's connection.
 */
public final class CodingStore {
    private static final String PASSAGE_COLUMNS = "passage_id, document_id, version, start_offset, end_offset, code_id, "
            + "coder, origin, rule, quote, created_at";

    private final Connection connection;

    CodingStore(Connection connection) {
        this.connection = connection;
    }

    /** Stores one passage; returns it with its new id. */
    public Passage add(Passage p) {
        return addAll(List.of(p)).get(0);
    }

    /** Stores passages in one transaction (DuckDB's Appender); returns them with their new ids, in order. */
    public List<Passage> addAll(List<Passage> passages) {
        List<Passage> stored = new ArrayList<>(passages.size());
        if (!passages.isEmpty()) {
            Transactions.run(connection, "storing " + passages.size() + " passages", () -> insert(passages, stored));
        }
        return stored;
    }

    /**
     * Replaces, in one transaction, a coder's passages in the given documents (all documents if empty) by new
     * ones; returns how many were removed.
     */
    public int replace(String coder, Collection<String> documentIds, List<Passage> passages) {
        int[] removed = {0};
        Transactions.run(connection, "replacing the passages of " + coder, () -> {
            removed[0] = delete(coder, documentIds);
            insert(passages, new ArrayList<>());
        });
        return removed[0];
    }

    private void insert(List<Passage> passages, List<Passage> stored) throws SQLException {
        if (passages.isEmpty()) {
            return;
        }
        long first;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(passage_id), 0) + 1 FROM corpus_passages")) {
            rs.next();
            first = rs.getLong(1);
        }
        try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class)
                .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "corpus_passages")) {
            long id = first;
            for (Passage p : passages) {
                Passage withId = p.withId(id++);
                append(a, withId);
                stored.add(withId);
            }
        }
    }

    private static void append(DuckDBAppender a, Passage p) throws SQLException {
        a.beginRow();
        a.append(p.id());
        a.append(p.documentId());
        a.append(p.version());
        a.append(p.span().start());
        a.append(p.span().end());
        a.append(p.codeId());
        a.append(p.coder());
        a.append(p.origin().key());
        if (p.rule() == null) {
            a.appendNull();
        } else {
            a.append(p.rule());
        }
        a.append(p.quote());
        a.append(LocalDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC));
        a.endRow();
    }

    /** Deletes the passages of one coder in the given documents (all documents if empty); returns how many. */
    public int deletePassages(String coder, Collection<String> documentIds) {
        int[] removed = {0};
        Transactions.run(connection, "deleting the passages of " + coder,
                () -> removed[0] = delete(coder, documentIds));
        return removed[0];
    }

    /**
     * Deletes one passage by id and, in the same transaction, the memos on it (a passage's id is given again to the
     * next passage stored, which must not inherit them); false if there was no such passage.
     */
    public boolean deletePassage(long passageId) {
        boolean[] deleted = {false};
        Transactions.run(connection, "deleting passage " + passageId, () -> {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM corpus_passages WHERE passage_id = ?")) {
                p.setLong(1, passageId);
                deleted[0] = p.executeUpdate() > 0;
            }
            if (deleted[0]) {
                deleteMemosOn("?", List.of(Long.toString(passageId)));
            }
        });
        return deleted[0];
    }

    private int delete(String coder, Collection<String> documentIds) throws SQLException {
        PassageQuery q = new PassageQuery(java.util.Set.of(coder), java.util.Set.of(), java.util.Set.copyOf(documentIds));
        PassageQuery.Sql where = q.where();
        deleteMemosOn("SELECT CAST(passage_id AS VARCHAR) FROM corpus_passages WHERE " + where.clause(), where.params());
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM corpus_passages WHERE " + where.clause())) {
            EventStore.bind(p, where.params());
            return p.executeUpdate();
        }
    }

    /**
     * Deletes the memos on the passages whose ids (as text) {@code passageIds} gives — a value list or a subquery:
     * the id of a deleted passage is given again to the next passage stored, which must not inherit its memos.
     */
    private void deleteMemosOn(String passageIds, List<Object> params) throws SQLException {
        List<Object> all = new ArrayList<>();
        all.add(Memo.Target.PASSAGE.key());
        all.addAll(params);
        try (PreparedStatement p = connection.prepareStatement(
                "DELETE FROM corpus_memos WHERE target = ? AND target_id IN (" + passageIds + ")")) {
            EventStore.bind(p, all);
            p.executeUpdate();
        }
    }

    /** Matching passages, ordered by document, version, start, end, code, coder. */
    public List<Passage> passages(PassageQuery query) {
        PassageQuery.Sql where = query.where();
        List<Passage> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + PASSAGE_COLUMNS + " FROM corpus_passages WHERE "
                + where.clause() + " ORDER BY document_id, version, start_offset, end_offset, code_id, coder, passage_id")) {
            EventStore.bind(p, where.params());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(passage(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading passages failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** One passage by id, if there is one. */
    public Optional<Passage> passage(long passageId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT " + PASSAGE_COLUMNS
                + " FROM corpus_passages WHERE passage_id = ?")) {
            p.setLong(1, passageId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(passage(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading passage " + passageId + " failed: " + e.getMessage(), e);
        }
    }

    private static Passage passage(ResultSet rs) throws SQLException {
        return new Passage(rs.getLong(1), rs.getString(2), rs.getInt(3), new TextSpan(rs.getInt(4), rs.getInt(5)),
                rs.getString(6), rs.getString(7), CodingOrigin.ofKey(rs.getString(8)), rs.getString(9), rs.getString(10),
                rs.getObject(11, LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    /** Coder names, sorted. */
    public List<String> coders() {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT coder FROM corpus_passages ORDER BY coder")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("reading coders failed: " + e.getMessage(), e);
        }
        return out;
    }

    public Memo addMemo(Memo m) {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO corpus_memos (memo_id, target, target_id, "
                + "author, text, created_at) VALUES (nextval('memo_id_seq'), ?, ?, ?, ?, ?) RETURNING memo_id")) {
            p.setString(1, m.target().key());
            p.setString(2, m.targetId());
            p.setString(3, m.author());
            p.setString(4, m.text());
            p.setObject(5, LocalDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return m.withId(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("storing a memo failed: " + e.getMessage(), e);
        }
    }

    /** All memos, by target kind, target and id. */
    public List<Memo> memos() {
        List<Memo> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT memo_id, target, target_id, author, text, created_at FROM corpus_memos "
                     + "ORDER BY target, target_id, memo_id")) {
            while (rs.next()) {
                out.add(new Memo(rs.getLong(1), Memo.Target.ofKey(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new StoreException("reading memos failed: " + e.getMessage(), e);
        }
        return out;
    }
}
