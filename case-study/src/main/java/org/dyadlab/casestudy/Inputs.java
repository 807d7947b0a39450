package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.dyadlab.report.ReportData;

/** Describes the inputs of a run for the methods appendix: size and SHA-256 of files, and of folders' files. */
final class Inputs {
    private Inputs() {
    }

    static ReportData.Input of(String name, Path path, String shownPath, String records) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
                MessageDigest all = sha256();
                long bytes = 0;
                for (Path f : files) {
                    all.update((path.relativize(f) + " " + hash(f) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    bytes += Files.size(f);
                }
                return new ReportData.Input(name, shownPath + " (" + files.size() + " files)", bytes,
                        HexFormat.of().formatHex(all.digest()), records);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return new ReportData.Input(name, shownPath, Files.size(path), hash(path), records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static String hash(Path file) {
        MessageDigest d = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
