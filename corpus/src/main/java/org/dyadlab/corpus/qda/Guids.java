package org.dyadlab.corpus.qda;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * REFI-QDA GUIDs made from dyadlab's own keys (name-based UUIDs), so the same project exports the same GUIDs
 * every time and an export diffs cleanly against the previous one.
 */
final class Guids {
    private Guids() {
    }

    static String of(String kind, String key) {
        return UUID.nameUUIDFromBytes(("dyadlab:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
