package org.dyadlab.events;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rejects as CSV (file, line, field, reason, raw), creating the file on the first reject only. Public for
 * the Spark import, whose tasks write each input file's rejects the same way.
 */
public final class RejectsWriter implements Closeable {
    private final Path target;
    private CSVPrinter printer;
    private String written;

    public RejectsWriter(Path target) {
        this.target = target;
    }

    public void write(Reject r) throws IOException {
        if (printer == null) {
            if (written != null) {
                throw new IllegalStateException("rejects file already closed: " + written);
            }
            written = target.toString();
            Files.createDirectories(target.getParent());
            BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
            printer = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                    .setHeader("file", "line", "field", "reason", "raw").get());
        }
        printer.printRecord(r.file(), r.line(), r.field(), r.reason(), r.raw());
    }

    /** The file, if anything was written. */
    public String writtenFile() {
        return written;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            CSVPrinter p = printer;
            printer = null;
            p.close(true);
        }
    }
}
