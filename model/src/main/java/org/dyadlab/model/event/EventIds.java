package org.dyadlab.model.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable event ids. A record with an id in its origin gets {@code <namespace>:<original id>}
 * ("gdelt:410412347", shared by GDELT 1.0 and 2.0 files, which number events alike); a record without one
 * gets {@code <namespace>:h<hash of its defining fields>}, so re-importing it yields the same id.
 */
public final class EventIds {
    private EventIds() {
    }

    public static String of(String namespace, String originalId) {
        if (originalId == null || originalId.isBlank()) {
            throw new IllegalArgumentException("original id must not be blank");
        }
        return namespace + ":" + originalId;
    }

    /** A content-derived id: the first 80 bits of SHA-256 over the parts, separated by U+001F. */
    public static String hashed(String namespace, String... parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sha.update((byte) 0x1f);
            }
            if (parts[i] != null) {
                sha.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] digest = sha.digest();
        return namespace + ":h" + HexFormat.of().formatHex(digest, 0, 10);
    }
}
