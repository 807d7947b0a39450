package org.dyadlab.events.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.dyadlab.model.event.Dyad;

/**
 * What to fetch and how hard to try.
 *
 * @param version      1 (daily files, from 2013-04-01) or 2 (15-minute exports, from 2015-02-18)
 * @param from         first day
 * @param to           last day
 * @param baseUri      the folder holding the lists and files ({@link #DEFAULT_V1}, {@link #DEFAULT_V2}, a mirror)
 * @param dir          where downloaded files go
 * @param dyad         keep only this dyad's rows (either direction) while downloading, or null for whole files
 * @param retries      further attempts after a failed one (network error, truncation, checksum mismatch)
 * @param firstBackoff pause before the first retry; doubled for each further one, at most {@link #MAX_BACKOFF}
 * @param timeout      time allowed to connect and to receive a response's headers
 */
public record FetchOptions(int version, LocalDate from, LocalDate to, URI baseUri, Path dir, Dyad dyad, int retries,
                           Duration firstBackoff, Duration timeout) {
    public static final URI DEFAULT_V1 = URI.create("http://data.gdeltproject.org/events/");
    public static final URI DEFAULT_V2 = URI.create("http://data.gdeltproject.org/gdeltv2/");
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    public FetchOptions {
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("GDELT version must be 1 or 2, was " + version);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(timeout, "timeout");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0, was " + retries);
        }
        baseUri = baseUri == null ? (version == 1 ? DEFAULT_V1 : DEFAULT_V2) : withSlash(baseUri);
    }

    private static URI withSlash(URI u) {
        String s = u.toString();
        return s.endsWith("/") ? u : URI.create(s + "/");
    }

    public static Builder builder(int version, LocalDate from, LocalDate to, Path dir) {
        return new Builder(version, from, to, dir);
    }

    /** The pause before retry number {@code retry} (1-based). */
    public Duration backoff(int retry) {
        Duration d = firstBackoff.multipliedBy(1L << Math.min(20, retry - 1));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** Builds options; base URI, dyad (none), 3 retries, 2 s first backoff and 60 s timeout by default. */
    public static final class Builder {
        private final int version;
        private final LocalDate from;
        private final LocalDate to;
        private final Path dir;
        private URI baseUri;
        private Dyad dyad;
        private int retries = 3;
        private Duration firstBackoff = Duration.ofSeconds(2);
        private Duration timeout = Duration.ofSeconds(60);

        private Builder(int version, LocalDate from, LocalDate to, Path dir) {
            this.version = version;
            this.from = from;
            this.to = to;
            this.dir = dir;
        }

        public Builder baseUri(URI u) {
            this.baseUri = u;
            return this;
        }

        public Builder dyad(Dyad d) {
            this.dyad = d;
            return this;
        }

        public Builder retries(int r) {
            this.retries = r;
            return this;
        }

        public Builder firstBackoff(Duration d) {
            this.firstBackoff = d;
            return this;
        }

        public Builder timeout(Duration d) {
            this.timeout = d;
            return this;
        }

        public FetchOptions build() {
            return new FetchOptions(version, from, to, baseUri, dir, dyad, retries, firstBackoff, timeout);
        }
    }
}
