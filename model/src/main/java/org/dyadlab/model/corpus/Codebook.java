package org.dyadlab.model.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A hierarchy of codes (factor → theme → …), in the order the researcher wrote them.
 *
 * @param name        short name ("pak-usa")
 * @param title       a readable title
 * @param description what the codebook is for (may be empty)
 * @param codes       every code, parents before their children
 */
public record Codebook(String name, String title, String description, List<Code> codes) {
    public Codebook {
        Objects.requireNonNull(name, "name");
        title = title == null || title.isBlank() ? name : title.strip();
        description = description == null ? "" : description.strip();
        codes = List.copyOf(codes);
        Set<String> seen = new HashSet<>();
        for (Code c : codes) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("code " + c.id() + " appears twice in codebook " + name);
            }
            if (c.parentId() != null && !seen.contains(c.parentId())) {
                throw new IllegalArgumentException("code " + c.id() + " comes before its parent " + c.parentId()
                        + " or has no parent in codebook " + name);
            }
        }
    }

    public Optional<Code> code(String id) {
        return codes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean contains(String id) {
        return code(id).isPresent();
    }

    /** The direct children of a code, or the factors when {@code parentId} is null. */
    public List<Code> children(String parentId) {
        return codes.stream().filter(c -> Objects.equals(c.parentId(), parentId)).toList();
    }

    /** The code and all codes under it. */
    public List<Code> subtree(String id) {
        return codes.stream().filter(c -> c.isUnder(id)).toList();
    }

    /** Codes that carry rules, in codebook order. */
    public List<Code> ruleCodes() {
        return codes.stream().filter(c -> !c.rules().isEmpty()).toList();
    }

    /** Codes by id, in codebook order. */
    public Map<String, Code> byId() {
        Map<String, Code> m = new LinkedHashMap<>();
        codes.forEach(c -> m.put(c.id(), c));
        return m;
    }

    /** The code's id and its ancestors' ids, nearest first ("economic.aid-suspension", "economic"). */
    public static List<String> selfAndAncestors(String codeId) {
        List<String> out = new ArrayList<>();
        String id = codeId;
        while (id != null) {
            out.add(id);
            int dot = id.lastIndexOf('.');
            id = dot < 0 ? null : id.substring(0, dot);
        }
        return out;
    }
}
