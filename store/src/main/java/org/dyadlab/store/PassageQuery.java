package org.dyadlab.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which passages to read: each filter empty means "any".
 *
 * @param coders    coder names
 * @param codes     code ids; a code also selects the codes under it ("economic" selects "economic.aid")
 * @param documents document ids
 */
public record PassageQuery(Set<String> coders, Set<String> codes, Set<String> documents) {
    public static final PassageQuery ALL = new PassageQuery(Set.of(), Set.of(), Set.of());

    public PassageQuery {
        coders = Set.copyOf(coders);
        codes = Set.copyOf(codes);
        documents = Set.copyOf(documents);
    }

    public PassageQuery withCoders(Set<String> c) {
        return new PassageQuery(c, codes, documents);
    }

    record Sql(String clause, List<Object> params) {
    }

    Sql where() {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        in(parts, params, "coder", coders);
        in(parts, params, "document_id", documents);
        if (!codes.isEmpty()) {
            List<String> or = new ArrayList<>();
            for (String c : codes.stream().sorted().toList()) {
                or.add("code_id = ? OR starts_with(code_id, ?)");
                params.add(c);
                params.add(c + ".");
            }
            parts.add("(" + String.join(" OR ", or) + ")");
        }
        return new Sql(parts.isEmpty() ? "true" : String.join(" AND ", parts), params);
    }

    private static void in(List<String> parts, List<Object> params, String column, Set<String> values) {
        if (!values.isEmpty()) {
            parts.add(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
            params.addAll(values.stream().sorted().toList());
        }
    }
}
