package org.dyadlab.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What an import loads, for the import log.
 *
 * @param file     the file as the user named it (absolute path)
 * @param format   the format key (gdelt1, gdelt2, icews, icews18, phoenix, dyadlab)
 * @param size     the file size in bytes, or -1 if unknown
 * @param modified the file's last-modified time, or null
 */
public record LoadSource(String file, String format, long size, Instant modified) {
    public LoadSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }
}
