package org.dyadlab.events.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads the GDELT event files of a date range from GDELT's published lists: each verified by size and MD5,
 * resumable (files complete on disk are skipped, parts resumed or restarted), retried a bounded number of times
 * with a doubling pause after a network error, a truncated transfer or a checksum mismatch, and reported when
 * it still fails. Optionally keeps only one dyad's rows while downloading. See {@link FileDownload}.
 */
public final class GdeltFetcher {
    private final HttpClient client;
    private final Pause pause;

    public GdeltFetcher(HttpClient client, Pause pause) {
        this.client = client;
        this.pause = pause;
    }

    /** An HTTP/1.1 client that follows redirects, for {@link #GdeltFetcher(HttpClient, Pause)}. */
    public static HttpClient defaultClient(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(connectTimeout).build();
    }

    /**
     * Reads the lists and fetches the selected files, one after another, in date order.
     *
     * @throws FetchException when a list itself cannot be had (after the same retries as a file)
     */
    public FetchReport fetch(FetchOptions o, FetchListener listener) throws InterruptedException {
        GdeltFileList.Listing listing = list(o);
        try {
            Files.createDirectories(o.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the download folder " + o.dir() + ": " + e.getMessage(), e);
        }
        long total = listing.files().stream().mapToLong(f -> f.size() < 0 ? 0 : f.size()).sum();
        listener.selected(listing.files().size(), total);
        FileDownload download = new FileDownload(client, o, listener);
        List<FetchedFile> out = new ArrayList<>();
        for (GdeltFileEntry e : listing.files()) {
            FetchedFile f = fetchOne(e, o, download, listener);
            out.add(f);
            listener.finished(f);
        }
        return new FetchReport(out, listing.problems());
    }

    private FetchedFile fetchOne(GdeltFileEntry e, FetchOptions o, FileDownload download, FetchListener listener)
            throws InterruptedException {
        Path target = o.dir().resolve(FileDownload.targetName(e, o));
        if (isComplete(target, e, o)) {
            listener.bytes(Math.max(0, e.size()));
            return new FetchedFile(e, target, FetchedFile.Status.ALREADY_COMPLETE, 0, null, -1, -1);
        }
        String problem = null;
        int attempt = 0;
        while (attempt <= o.retries()) {
            attempt++;
            try {
                FileDownload.Outcome r = download.attempt(e, target);
                return new FetchedFile(e, target, FetchedFile.Status.DOWNLOADED, attempt, null, r.rowsRead(), r.rowsKept());
            } catch (FileDownload.PermanentFailure pf) {
                return new FetchedFile(e, null, FetchedFile.Status.FAILED, attempt, pf.getMessage(), -1, -1);
            } catch (IOException ex) {
                problem = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                if (attempt <= o.retries()) {
                    Duration d = o.backoff(attempt);
                    listener.retrying(e, attempt, problem, d.toMillis());
                    pause.pause(d);
                }
            }
        }
        return new FetchedFile(e, null, FetchedFile.Status.FAILED, attempt, problem, -1, -1);
    }

    /** A file under its final name was verified before it was renamed; a whole file is checked for size too. */
    private static boolean isComplete(Path target, GdeltFileEntry e, FetchOptions o) {
        try {
            return Files.isRegularFile(target) && (o.dyad() != null || e.size() < 0 || Files.size(target) == e.size());
        } catch (IOException ex) {
            return false;
        }
    }

    private GdeltFileList.Listing list(FetchOptions o) throws InterruptedException {
        URI base = o.baseUri();
        try {
            if (o.version() == 1) {
                try (BufferedReader md5 = open(base.resolve("md5sums"), o);
                     BufferedReader sizes = open(base.resolve("filesizes"), o)) {
                    return GdeltFileList.v1(md5, sizes, base, o.from(), o.to());
                }
            }
            try (BufferedReader master = open(base.resolve("masterfilelist.txt"), o)) {
                return GdeltFileList.v2(master, base, o.from(), o.to());
            }
        } catch (IOException e) {
            throw new FetchException("cannot read GDELT's file list under " + base + ": " + e.getMessage(), e);
        }
    }

    /** Opens a list, retrying like a file; the body is streamed (masterfilelist.txt is large). */
    private BufferedReader open(URI uri, FetchOptions o) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 1; attempt <= o.retries() + 1; attempt++) {
            try {
                HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).timeout(o.timeout()).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() == 200) {
                    return new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
                }
                r.body().close();
                last = new IOException("HTTP " + r.statusCode() + " for " + uri);
                if (r.statusCode() == 404) {
                    break;
                }
            } catch (IOException e) {
                last = e;
            }
            if (attempt <= o.retries()) {
                pause.pause(o.backoff(attempt));
            }
        }
        throw last;
    }
}
