package org.dyadlab.model.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A case's gazetteer: its named agreements, organisations, offices, programmes and events. */
public record Gazetteer(List<GazetteerEntry> entries) {
    public static final Gazetteer EMPTY = new Gazetteer(List.of());

    public Gazetteer {
        entries = List.copyOf(entries);
        Map<String, String> seen = new HashMap<>();
        for (GazetteerEntry e : entries) {
            if (seen.put(e.id(), e.id()) != null) {
                throw new IllegalArgumentException("gazetteer id '" + e.id() + "' appears twice");
            }
        }
    }

    public Optional<GazetteerEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entries of one kind, in file order. */
    public List<GazetteerEntry> ofKind(EntityKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }
}
