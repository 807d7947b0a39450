package org.dyadlab.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input of a job: its position in the job's list (earlier files win duplicates, as in an embedded import of
 * the same files in the same order), a path every executor can read (a shared file system), and a format key.
 *
 * @param index  position in the job's list, from 0
 * @param path   the file, as a local path on every executor
 * @param format the format key ({@code gdelt1}, {@code gdelt2}, {@code icews}, {@code icews18}, {@code phoenix}, {@code dyadlab},
 *               or {@code petrarch-parsed} for the coding job)
 */
public record InputFile(int index, String path, String format) implements Serializable {
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
    }
}
