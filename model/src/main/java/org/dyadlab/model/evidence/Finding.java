package org.dyadlab.model.evidence;

import java.util.Objects;

/**
 * A statement the researcher makes about the case and wants backed by evidence ("US security assistance to
 * Pakistan was suspended in January 2018").
 *
 * @param id        a stable slug
 * @param statement the statement, one or two sentences
 */
public record Finding(String id, String statement) {
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        if (!id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("a finding id is a lower-case slug of letters, digits, '.', '_' "
                    + "or '-'; was '" + id + "'");
        }
    }
}
