package org.dyadlab.events.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dyadlab.events.gdelt.GdeltDyadFilter;
import org.dyadlab.events.io.LineSource;

/**
 * One attempt at one file. The bytes go to {@code <target>.part}; only after the size and MD5 match the list is
 * the part renamed (atomically) to the target, so a file under its final name is always complete and verified.
 *
 * <p>Whole files: a part left by an interrupted attempt or run is resumed with an HTTP range request, its bytes
 * hashed first; a server that ignores the range sends the whole file and the part restarts. A checksum mismatch
 * deletes the part, so the next attempt starts afresh. Dyad-filtered files: the download is unzipped and
 * filtered as it arrives, the MD5 computed over the raw bytes; such a part cannot be resumed and is restarted.
 */
final class FileDownload {
    private static final int BUFFER = 1 << 16;

    private final HttpClient client;
    private final FetchOptions options;
    private final FetchListener listener;

    FileDownload(HttpClient client, FetchOptions options, FetchListener listener) {
        this.client = client;
        this.options = options;
        this.listener = listener;
    }

    /** A failure that another attempt cannot mend (the server says the file is not there). */
    static final class PermanentFailure extends IOException {
        PermanentFailure(String message) {
            super(message);
        }
    }

    /** The local name: the listed name, or for a dyad "20130401.export.PAK-USA.CSV" (plain text). */
    static String targetName(GdeltFileEntry e, FetchOptions o) {
        if (o.dyad() == null) {
            return e.name();
        }
        String stem = e.name().endsWith(".zip") ? e.name().substring(0, e.name().length() - 4) : e.name();
        return stem.endsWith(".CSV") ? stem.substring(0, stem.length() - 4) + "." + o.dyad() + ".CSV"
                : stem + "." + o.dyad();
    }

    /** Rows read and kept by the filter in a successful attempt (-1 for whole files). */
    record Outcome(long rowsRead, long rowsKept) {
    }

    Outcome attempt(GdeltFileEntry e, Path target) throws IOException, InterruptedException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        return options.dyad() == null ? whole(e, target, part) : filtered(e, target, part);
    }

    private Outcome whole(GdeltFileEntry e, Path target, Path part) throws IOException, InterruptedException {
        MessageDigest md5 = md5();
        long have = Files.exists(part) ? Files.size(part) : 0;
        if (e.size() >= 0 && have > e.size()) {
            Files.delete(part);
            have = 0;
        }
        if (have > 0) {
            hashFile(part, md5);
        }
        if (e.size() >= 0 && have == e.size()) {
            finish(e, part, target, have, md5); // complete part left by a run stopped before the rename
            return new Outcome(-1, -1);
        }
        HttpRequest.Builder req = request(e);
        if (have > 0) {
            req.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = resp.body()) {
            int status = resp.statusCode();
            checkStatus(e, status);
            boolean append = have > 0 && status == 206
                    && resp.headers().firstValue("Content-Range").orElse("").startsWith("bytes " + have + "-");
            if (!append) {
                have = 0;
                md5.reset();
            }
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buf = new byte[BUFFER];
                int n;
                while ((n = body.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    md5.update(buf, 0, n);
                    have += n;
                    listener.bytes(n);
                }
            }
        }
        finish(e, part, target, have, md5);
        return new Outcome(-1, -1);
    }

    private Outcome filtered(GdeltFileEntry e, Path target, Path part) throws IOException, InterruptedException {
        MessageDigest md5 = md5();
        GdeltDyadFilter filter = new GdeltDyadFilter(options.dyad());
        HttpResponse<InputStream> resp = client.send(request(e).build(), HttpResponse.BodyHandlers.ofInputStream());
        long read = 0;
        long kept = 0;
        long raw;
        try (InputStream body = resp.body()) {
            checkStatus(e, resp.statusCode());
            RawCounter counter = new RawCounter(body, md5, listener);
            BufferedInputStream peek = new BufferedInputStream(counter, BUFFER);
            try (OutputStream out = Files.newOutputStream(part)) {
                LineSource lines = LineSource.of(LineSource.decompressed(peek, e.name()));
                byte[] newline = {'\n'};
                while (lines.next()) {
                    if (lines.start() == lines.end()) {
                        continue;
                    }
                    read++;
                    if (filter.keep(lines.buffer(), lines.start(), lines.end())) {
                        out.write(lines.buffer(), lines.start(), lines.end() - lines.start());
                        out.write(newline);
                        kept++;
                    }
                }
            }
            peek.transferTo(OutputStream.nullOutputStream()); // the zip's directory: part of the MD5
            raw = counter.count;
        }
        try {
            verify(e, raw, md5);
        } catch (IOException ex) {
            Files.deleteIfExists(part);
            throw ex;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Outcome(read, kept);
    }

    private HttpRequest.Builder request(GdeltFileEntry e) {
        return HttpRequest.newBuilder(e.uri()).timeout(options.timeout()).GET();
    }

    private static void checkStatus(GdeltFileEntry e, int status) throws IOException {
        if (status == 404 || status == 410) {
            throw new PermanentFailure("HTTP " + status + ": the server does not have " + e.uri());
        }
        if (status != 200 && status != 206) {
            throw new IOException("HTTP " + status + " for " + e.uri());
        }
    }

    private static void finish(GdeltFileEntry e, Path part, Path target, long size, MessageDigest md5) throws IOException {
        try {
            verify(e, size, md5);
        } catch (ChecksumMismatch ex) {
            Files.deleteIfExists(part);
            throw ex;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The bytes did not hash to the listed MD5. */
    static final class ChecksumMismatch extends IOException {
        ChecksumMismatch(String message) {
            super(message);
        }
    }

    private static void verify(GdeltFileEntry e, long size, MessageDigest md5) throws IOException {
        if (e.size() >= 0 && size != e.size()) {
            throw new IOException("truncated: received " + size + " of " + e.size() + " bytes");
        }
        String got = HexFormat.of().formatHex(md5.digest());
        if (!got.equals(e.md5())) {
            throw new ChecksumMismatch("MD5 " + got + " does not match the listed " + e.md5());
        }
    }

    private static void hashFile(Path file, MessageDigest md5) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) >= 0) {
                md5.update(buf, 0, n);
            }
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

    /** Hashes and counts the raw bytes as the filter pulls them, and reports them to the listener. */
    private static final class RawCounter extends InputStream {
        private final InputStream in;
        private final MessageDigest md5;
        private final FetchListener listener;
        long count;

        RawCounter(InputStream in, MessageDigest md5, FetchListener listener) {
            this.in = in;
            this.md5 = md5;
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                md5.update(b, off, n);
                count += n;
                listener.bytes(n);
            }
            return n;
        }
    }
}
