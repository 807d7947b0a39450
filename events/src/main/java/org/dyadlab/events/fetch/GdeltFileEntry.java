package org.dyadlab.events.fetch;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event file as GDELT's published list describes it.
 *
 * @param name file name ("20130401.export.CSV.zip", "20150218230000.export.CSV.zip")
 * @param uri  where to download it
 * @param size its size in bytes, or -1 when the list gives none
 * @param md5  its MD5 as 32 lower-case hex digits
 * @param day  the day the file covers (GDELT 1.0) or was published (GDELT 2.0, the 15-minute batch's day)
 */
public record GdeltFileEntry(String name, URI uri, long size, String md5, LocalDate day) {
    public GdeltFileEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(day, "day");
        if (!md5.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("md5 must be 32 lower-case hex digits, was " + md5);
        }
    }
}
