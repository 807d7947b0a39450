package org.dyadlab.events.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a text file line by line as bytes, without decoding, for importers that must be fast and must
 * notice invalid UTF-8 themselves. Opens plain, gzip and zip files alike (a zip's first file entry, as GDELT
 * and ICEWS distribute them). Line terminators ("\n" or "\r\n") are not part of the line.
 *
 * <p>Usage: {@code while (src.next()) { byte[] b = src.buffer(); use(b, src.start(), src.end()); }}
 */
public final class LineSource implements Closeable {
    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private final CountingStream counter;
    private final long totalBytes;
    private byte[] buf = new byte[CHUNK];
    private int filled;
    private int pos;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private boolean eof;

    private LineSource(InputStream in, CountingStream counter, long totalBytes) {
        this.in = in;
        this.counter = counter;
        this.totalBytes = totalBytes;
    }

    /** Opens a file, decompressing gzip or zip content recognised by its first bytes. */
    public static LineSource open(Path file) throws IOException {
        long size = Files.size(file);
        CountingStream counter = new CountingStream(Files.newInputStream(file));
        BufferedInputStream peek = new BufferedInputStream(counter, 1 << 16);
        InputStream content = decompressed(peek, file.toString());
        return new LineSource(content, counter, size);
    }

    /**
     * The content of a stream as GDELT and ICEWS distribute it, recognised by its first bytes: a gzip stream
     * decompressed, a zip archive's first file entry, or the bytes as they are. {@code name} names the source in
     * the message when a zip holds no file.
     */
    public static InputStream decompressed(BufferedInputStream peek, String name) throws IOException {
        peek.mark(4);
        int b0 = peek.read();
        int b1 = peek.read();
        int b2 = peek.read();
        int b3 = peek.read();
        peek.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(peek, 1 << 16);
        }
        if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
            ZipInputStream zip = new ZipInputStream(peek);
            ZipEntry entry = zip.getNextEntry();
            while (entry != null && entry.isDirectory()) {
                entry = zip.getNextEntry();
            }
            if (entry == null) {
                zip.close();
                throw new IOException(name + ": the zip archive holds no file");
            }
            return zip;
        }
        return peek;
    }

    /**
     * Reads lines from a stream that is already decompressed (a download being filtered as it arrives); the
     * caller closes the stream's source. Byte counts are of {@code in} itself.
     */
    public static LineSource of(InputStream in) {
        CountingStream counter = new CountingStream(in);
        return new LineSource(counter, counter, -1);
    }

    /** Advances to the next line; false at the end of the file. */
    public boolean next() throws IOException {
        while (true) {
            for (int i = pos; i < filled; i++) {
                if (buf[i] == '\n') {
                    lineStart = pos;
                    lineEnd = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                    pos = i + 1;
                    lineNumber++;
                    return true;
                }
            }
            if (eof) {
                if (pos < filled) {
                    lineStart = pos;
                    lineEnd = filled > pos && buf[filled - 1] == '\r' ? filled - 1 : filled;
                    pos = filled;
                    lineNumber++;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, filled - pos);
            filled -= pos;
            pos = 0;
        }
        if (filled == buf.length) {
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, filled);
            buf = bigger;
        }
        int n = in.read(buf, filled, buf.length - filled);
        if (n < 0) {
            eof = true;
        } else {
            filled += n;
        }
    }

    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return lineStart;
    }

    public int end() {
        return lineEnd;
    }

    /** 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The current line decoded as UTF-8, invalid bytes replaced (for messages, never for data). */
    public String lineForDisplay() {
        return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    /** Bytes of the file read so far (compressed bytes for a compressed file). */
    public long bytesConsumed() {
        return counter.count;
    }

    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
