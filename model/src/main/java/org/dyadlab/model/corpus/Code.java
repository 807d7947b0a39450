package org.dyadlab.model.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A code of a codebook: a factor ("economic") or a theme under it ("economic.aid-suspension").
 *
 * @param id         the dotted path from the top of the hierarchy, e.g. {@code economic.aid-suspension}
 * @param name       a short label
 * @param definition what the code means
 * @param include    when to apply it (nullable)
 * @param exclude    when not to apply it, and which code to use instead (nullable)
 * @param rules      rules for automatic coding (may be empty)
 */
public record Code(String id, String name, String definition, String include, String exclude, List<CodingRule> rules) {
    public Code {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*")) {
            throw new IllegalArgumentException("a code id is lower-case words joined by '-', levels joined by '.', "
                    + "e.g. economic.aid-suspension; was '" + id + "'");
        }
        name = name == null || name.isBlank() ? id : name.strip();
        definition = definition == null ? "" : definition.strip();
        include = include == null || include.isBlank() ? null : include.strip();
        exclude = exclude == null || exclude.isBlank() ? null : exclude.strip();
        rules = List.copyOf(rules);
    }

    /** The parent's id, or null for a top-level code (a factor). */
    public String parentId() {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }

    /** 0 for a factor, 1 for a theme under it, … */
    public int depth() {
        return (int) id.chars().filter(c -> c == '.').count();
    }

    /** True if this code is {@code other} or lies under it. */
    public boolean isUnder(String other) {
        return id.equals(other) || id.startsWith(other + ".");
    }
}
