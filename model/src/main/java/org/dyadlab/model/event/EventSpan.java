package org.dyadlab.model.event;

import java.util.Objects;
import java.util.Set;

/**
 * Words a coder matched for an event, as a span of the text of the document the event was coded from: the source
 * actor's, the target actor's or the verb's, from {@code start} (included) to {@code end} (excluded), in UTF-16
 * positions of the document's text. Kept beside the event (table {@code event_spans}), not in the event record.
 */
public record EventSpan(String role, int start, int end) {
    /** The roles a span can have. */
    public static final Set<String> ROLES = Set.of("source", "target", "verb");

    public EventSpan {
        Objects.requireNonNull(role, "role");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("a span's role is source, target or verb, was '" + role + "'");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
    }
}
