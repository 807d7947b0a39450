package org.dyadlab.events.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A GDELT mirror on 127.0.0.1 for tests: serves {@code /events/md5sums} and {@code filesizes} (GDELT 1.0) or
 * {@code /gdeltv2/masterfilelist.txt} (2.0) in GDELT's layouts, and the zipped files, honouring range requests.
 * Faults are queued per file and consumed one per request: truncate, corrupt, drop the connection, 404.
 */
final class GdeltTestServer implements AutoCloseable {
    enum Fault { TRUNCATE, CORRUPT, DROP, NOT_FOUND }

    private final HttpServer server;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, Deque<Fault>> faults = new LinkedHashMap<>();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    GdeltTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI base(int version) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + (version == 1 ? "/events/" : "/gdeltv2/"));
    }

    /** Adds a file: the text zipped as GDELT does (one entry named like the file without .zip). */
    byte[] addZipped(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name.replace(".zip", "")));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        files.put(name, bytes.toByteArray());
        return bytes.toByteArray();
    }

    void fault(String name, Fault... fs) {
        faults.computeIfAbsent(name, k -> new ArrayDeque<>()).addAll(List.of(fs));
    }

    long fileRequests(String name) {
        return requests.stream().filter(r -> r.contains(name)).count();
    }

    static String md5(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String md5sums() {
        StringBuilder s = new StringBuilder();
        files.forEach((n, b) -> s.append(md5(b)).append("  ").append(n).append('\n'));
        return s.toString();
    }

    private String filesizes() {
        StringBuilder s = new StringBuilder();
        files.forEach((n, b) -> s.append(b.length).append(' ').append(n).append('\n'));
        return s.toString();
    }

    private String masterfilelist() {
        StringBuilder s = new StringBuilder();
        files.forEach((n, b) -> {
            s.append(b.length).append(' ').append(md5(b)).append(" http://data.gdeltproject.org/gdeltv2/").append(n).append('\n');
            s.append("12345 ").append(md5(new byte[1])).append(" http://data.gdeltproject.org/gdeltv2/")
                    .append(n.replace("export.CSV", "mentions.CSV")).append('\n');
        });
        return s.toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String range = ex.getRequestHeaders().getFirst("Range");
        requests.add(name + (range == null ? "" : " " + range));
        try (ex) {
            switch (name) {
                case "md5sums" -> send(ex, 200, md5sums().getBytes(StandardCharsets.UTF_8), null);
                case "filesizes" -> send(ex, 200, filesizes().getBytes(StandardCharsets.UTF_8), null);
                case "masterfilelist.txt" -> send(ex, 200, masterfilelist().getBytes(StandardCharsets.UTF_8), null);
                default -> serveFile(ex, name, range);
            }
        }
    }

    private void serveFile(HttpExchange ex, String name, String range) throws IOException {
        byte[] body = files.get(name);
        Deque<Fault> queue = faults.get(name);
        Fault fault = queue == null ? null : queue.poll();
        if (body == null || fault == Fault.NOT_FOUND) {
            send(ex, 404, "not found".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (fault == Fault.DROP) {
            return; // closes the connection without a response
        }
        int from = 0;
        if (range != null && range.startsWith("bytes=")) {
            from = Integer.parseInt(range.substring(6, range.indexOf('-')));
        }
        byte[] part = java.util.Arrays.copyOfRange(body, from, body.length);
        if (fault == Fault.CORRUPT) {
            part = part.clone();
            part[part.length / 2] ^= 0x55;
        }
        String contentRange = from > 0 ? "bytes " + from + "-" + (body.length - 1) + "/" + body.length : null;
        if (fault == Fault.TRUNCATE) {
            if (contentRange != null) {
                ex.getResponseHeaders().add("Content-Range", contentRange);
            }
            ex.sendResponseHeaders(from > 0 ? 206 : 200, part.length);
            OutputStream os = ex.getResponseBody();
            os.write(part, 0, part.length / 2);
            os.flush();
            return; // closing the exchange with half the promised bytes sent drops the connection

        }
        send(ex, from > 0 ? 206 : 200, part, contentRange);
    }

    private static void send(HttpExchange ex, int status, byte[] body, String contentRange) throws IOException {
        if (contentRange != null) {
            ex.getResponseHeaders().add("Content-Range", contentRange);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
