package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;

/**
 * The documents of a workspace and their versions ({@code corpus_documents}, {@code corpus_versions}). Obtained
 * from {@link EventStore#corpus()}; shares its connection, so it lives only as long as the store is open.
 */
public final class CorpusStore {
    private static final String DOC_COLUMNS = "document_id, source, kind, side, title, authors, published, publisher, "
            + "url, doi, current_version";
    private static final String VERSION_COLUMNS = "document_id, version, sha256, media_type, pages, paragraphs, text, "
            + "ingested_at";

    private final Connection connection;

    CorpusStore(Connection connection) {
        this.connection = connection;
    }

    public Optional<Document> document(String id) {
        return first(queryDocuments("WHERE document_id = ?", id));
    }

    public Optional<Document> documentBySource(String source) {
        return first(queryDocuments("WHERE source = ?", source));
    }

    /** Every document, by id. */
    public List<Document> documents() {
        return queryDocuments("ORDER BY document_id");
    }

    public long documentCount() {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM corpus_documents");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("counting documents failed: " + e.getMessage(), e);
        }
    }

    /** The id of a document one of whose versions has exactly this content, if any. */
    public Optional<String> documentWithContent(String sha256) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT document_id FROM corpus_versions WHERE sha256 = ? ORDER BY document_id, version LIMIT 1")) {
            p.setString(1, sha256);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("looking up a document by content failed: " + e.getMessage(), e);
        }
    }

    public Optional<DocumentVersion> version(String documentId, int version) {
        List<DocumentVersion> out = new ArrayList<>();
        forEachVersion("WHERE document_id = ? AND version = ?", (d, v) -> out.add(v), documentId, version);
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    public Optional<DocumentVersion> currentVersion(String documentId) {
        return document(documentId).flatMap(d -> version(d.id(), d.currentVersion()));
    }

    /** Each document with its current version, in id order; versions are read one at a time. */
    public void forEachCurrent(BiConsumer<Document, DocumentVersion> consumer) {
        List<Document> docs = documents();
        java.util.Map<String, Document> byId = new java.util.HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        forEachVersion("WHERE (document_id, version) IN (SELECT document_id, current_version FROM corpus_documents) "
                + "ORDER BY document_id", (id, v) -> consumer.accept(byId.get(id), v));
    }

    /** Adds a new document with its first version, atomically. */
    public void addDocument(Document d, DocumentVersion v) {
        if (v.version() != 1 || d.currentVersion() != 1 || !v.documentId().equals(d.id())) {
            throw new IllegalArgumentException("a new document starts at version 1 of itself");
        }
        inTransaction("adding document " + d.id(), () -> {
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO corpus_documents (" + DOC_COLUMNS
                    + ", added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindDocument(p, d);
                p.setObject(12, v.ingestedAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                p.executeUpdate();
            }
            insertVersion(v);
        });
    }

    /** Adds the next version of a stored document and makes it current, atomically. */
    public void addVersion(DocumentVersion v) {
        Document d = document(v.documentId())
                .orElseThrow(() -> new IllegalArgumentException("no document " + v.documentId()));
        if (v.version() != d.currentVersion() + 1) {
            throw new IllegalArgumentException("the next version of " + d.id() + " is " + (d.currentVersion() + 1)
                    + ", not " + v.version());
        }
        inTransaction("adding version " + v.version() + " of " + d.id(), () -> {
            insertVersion(v);
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE corpus_documents SET current_version = ? WHERE document_id = ?")) {
                p.setInt(1, v.version());
                p.setString(2, v.documentId());
                p.executeUpdate();
            }
        });
    }

    /** Replaces a document's bibliographic facts, kind and side (its text and versions stay). */
    public void updateDescription(Document d) {
        try (PreparedStatement p = connection.prepareStatement("UPDATE corpus_documents SET kind = ?, side = ?, "
                + "title = ?, authors = ?, published = ?, publisher = ?, url = ?, doi = ? WHERE document_id = ?")) {
            p.setString(1, d.kind().key());
            p.setString(2, d.side() == null ? null : d.side().code());
            DocumentMetadata m = d.metadata();
            p.setString(3, m.title());
            p.setString(4, m.authors().isEmpty() ? null : String.join("; ", m.authors()));
            p.setObject(5, m.date());
            p.setString(6, m.publisher());
            p.setString(7, m.url());
            p.setString(8, m.doi());
            p.setString(9, d.id());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("updating document " + d.id() + " failed: " + e.getMessage(), e);
        }
    }

    private void insertVersion(DocumentVersion v) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO corpus_versions (" + VERSION_COLUMNS
                + ", chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, v.documentId());
            p.setInt(2, v.version());
            p.setString(3, v.sha256());
            p.setString(4, v.mediaType());
            p.setString(5, SpanList.format(v.pages()));
            p.setString(6, SpanList.format(v.paragraphs()));
            p.setString(7, v.text());
            p.setObject(8, v.ingestedAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
            p.setInt(9, v.text().length());
            p.executeUpdate();
        }
    }

    private static void bindDocument(PreparedStatement p, Document d) throws SQLException {
        DocumentMetadata m = d.metadata();
        p.setString(1, d.id());
        p.setString(2, d.source());
        p.setString(3, d.kind().key());
        p.setString(4, d.side() == null ? null : d.side().code());
        p.setString(5, m.title());
        p.setString(6, m.authors().isEmpty() ? null : String.join("; ", m.authors()));
        p.setObject(7, m.date());
        p.setString(8, m.publisher());
        p.setString(9, m.url());
        p.setString(10, m.doi());
        p.setInt(11, d.currentVersion());
    }

    private List<Document> queryDocuments(String tail, Object... params) {
        List<Document> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + DOC_COLUMNS + " FROM corpus_documents " + tail)) {
            EventStore.bind(p, Arrays.asList(params));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String authors = rs.getString(6);
                    java.sql.Date published = rs.getDate(7);
                    LocalDate date = published == null ? null : published.toLocalDate();
                    DocumentMetadata m = new DocumentMetadata(rs.getString(5),
                            authors == null ? List.of() : List.of(authors.split(";\\s*")), date, rs.getString(8),
                            rs.getString(9), rs.getString(10));
                    String side = rs.getString(4);
                    out.add(new Document(rs.getString(1), rs.getString(2), SourceKind.ofKey(rs.getString(3)),
                            side == null ? null : new Side(side), m, rs.getInt(11)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading documents failed: " + e.getMessage(), e);
        }
        return out;
    }

    private void forEachVersion(String tail, BiConsumer<String, DocumentVersion> consumer, Object... params) {
        try (PreparedStatement p = connection.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM corpus_versions " + tail)) {
            EventStore.bind(p, Arrays.asList(params));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    consumer.accept(id, new DocumentVersion(id, rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(7), SpanList.parse(rs.getString(5)), SpanList.parse(rs.getString(6)),
                            rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading document texts failed: " + e.getMessage(), e);
        }
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(String what, SqlWork work) {
        Transactions.run(connection, what, work);
    }
}
