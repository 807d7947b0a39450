package org.dyadlab.web;

/**
 * How the dashboard listens.
 *
 * @param host           the address to bind: 127.0.0.1 unless the user asks for another
 * @param port           the port; 0 for any free one (tests, benchmarks)
 * @param maxUploadBytes the largest document an upload may carry
 * @param cacheDays      keep a dyad's day sums between requests (off only to measure the store's scan)
 */
public record WebOptions(String host, int port, long maxUploadBytes, boolean cacheDays) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public WebOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host to bind is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0-65535, was " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be positive");
        }
    }

    /** Loopback, the given port, 20 MB uploads, day sums kept. */
    public static WebOptions local(int port) {
        return new WebOptions(LOOPBACK, port, DEFAULT_MAX_UPLOAD, true);
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }
}
