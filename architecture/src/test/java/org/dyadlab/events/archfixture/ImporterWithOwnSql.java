package org.dyadlab.events.archfixture;

import java.sql.Connection;

/** Breaks the layering on purpose (events using JDBC past the store); only the rule self-tests import it. */
public final class ImporterWithOwnSql {
    Connection connection;
}
