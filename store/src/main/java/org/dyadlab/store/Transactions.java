package org.dyadlab.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a piece of SQL work in one transaction: all of it is stored, or none. */
final class Transactions {
    private Transactions() {
    }

    static void run(Connection c, String what, CorpusStore.SqlWork work) {
        try {
            c.setAutoCommit(false);
            try {
                work.run();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed and was rolled back: " + e.getMessage(), e);
        }
    }
}
