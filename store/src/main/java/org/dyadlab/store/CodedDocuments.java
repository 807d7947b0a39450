package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents text-coding runs have coded ({@code coded_documents}). Obtained from {@link EventStore#codedDocuments()};
 * rows are written by {@link EventLoad#recordCoded} in the transaction of the document's events.
 */
public final class CodedDocuments {
    private final Connection connection;

    CodedDocuments(Connection connection) {
        this.connection = connection;
    }

    /** Every document coded under an origin, in the order coded. */
    public List<CodedDocument> of(String origin) {
        List<CodedDocument> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT origin, document_id, content_hash, "
                + "document_date, sentences, events, republished_of FROM coded_documents WHERE origin = ? "
                + "ORDER BY coded_at, document_id")) {
            p.setString(1, origin);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new CodedDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getInt(5), rs.getInt(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading coded documents failed: " + e.getMessage(), e);
        }
        return out;
    }

    static void insert(Connection c, List<CodedDocument> docs) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO coded_documents (origin, document_id, "
                + "content_hash, document_date, sentences, events, republished_of, coded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp) ON CONFLICT DO NOTHING")) {
            for (CodedDocument d : docs) {
                p.setString(1, d.origin());
                p.setString(2, d.documentId());
                p.setString(3, d.contentHash());
                p.setObject(4, d.documentDate());
                p.setInt(5, d.sentences());
                p.setInt(6, d.events());
                p.setString(7, d.republishedOf());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
