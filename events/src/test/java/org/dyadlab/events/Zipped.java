package org.dyadlab.events;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A fixture packed the way datasets distribute their files: one entry in a .zip. */
public final class Zipped {
    private Zipped() {
    }

    /** Writes {@code zip} holding {@code content} under the name {@code entry}; returns {@code zip}. */
    public static Path write(Path zip, String entry, Path content) throws IOException {
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(Files.readAllBytes(content));
            z.closeEntry();
        }
        return zip;
    }
}
