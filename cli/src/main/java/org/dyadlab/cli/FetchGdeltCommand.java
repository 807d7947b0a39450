package org.dyadlab.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.fetch.FetchImport;
import org.dyadlab.events.fetch.FetchListener;
import org.dyadlab.events.fetch.FetchOptions;
import org.dyadlab.events.fetch.FetchReport;
import org.dyadlab.events.fetch.FetchedFile;
import org.dyadlab.events.fetch.GdeltFetcher;
import org.dyadlab.events.fetch.GdeltFileEntry;
import org.dyadlab.events.fetch.Pause;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab fetch gdelt}: downloads, verifies and imports GDELT event files for a date range. */
@Command(name = "gdelt",
        description = {"Download the GDELT event files of a date range from GDELT's published lists, verify each "
                + "by size and MD5, and import them into the workspace.",
            "Files complete on disk are not downloaded again and an interrupted download is resumed; network errors, "
                    + "truncated transfers and checksum mismatches are retried (--retries) with a doubling pause, and "
                    + "files that still fail are listed at the end (exit code 1). With --dyad only that dyad's rows "
                    + "(either direction) are kept while downloading. Re-running imports nothing twice."},
        footer = {"", "Examples:",
            "  dyadlab fetch gdelt --from 2018-01-01 --to 2018-01-31 --dyad PAK-USA -w pak-usa",
            "  dyadlab fetch gdelt --version 2 --from 2018-01-04 --to 2018-01-04 --no-import --dir gdelt2/",
            "  dyadlab fetch gdelt --from 2013-04-01 --to 2013-04-30 --base-url http://mirror.example/gdelt/events/"})
final class FetchGdeltCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    // not mixinStandardHelpOptions: its --version (dyadlab's) would clash with GDELT's --version
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day.")
    LocalDate to;

    @Option(names = {"-d", "--dyad"}, paramLabel = "AAA-BBB", converter = Converters.DyadConverter.class,
            description = "Keep only events between these two countries (either direction) while downloading.")
    Dyad dyad;

    @Option(names = "--version", defaultValue = "1", paramLabel = "1|2",
            description = "GDELT 1.0 daily files (from 2013-04-01) or 2.0 15-minute exports (from 2015-02-18). "
                    + "Default: ${DEFAULT-VALUE}.")
    int version;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the lists and files are (default: GDELT's own, " + "http://data.gdeltproject.org/events/ "
                    + "or .../gdeltv2/); a mirror or a local server.")
    URI baseUrl;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Download folder (default: <workspace>/downloads/gdelt<version>).")
    Path dir;

    @Option(names = "--retries", defaultValue = "3", paramLabel = "N",
            description = "Further attempts after a failed one (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--no-import", description = "Download and verify only.")
    boolean noImport;

    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (version != 1 && version != 2) {
            throw new UsageException("--version is 1 or 2, was " + version);
        }
        if (from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        if (retries < 0) {
            throw new UsageException("--retries must be 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path downloads = dir != null ? dir : workspace.workspace().dir().resolve("downloads/gdelt" + version);
        FetchOptions options = FetchOptions.builder(version, from, to, downloads).baseUri(baseUrl).dyad(dyad)
                .retries(retries).build();
        FetchReport report;
        try (ProgressDisplay progress = new ProgressDisplay("fetch gdelt" + version, err, quiet, "files")) {
            report = new GdeltFetcher(GdeltFetcher.defaultClient(Duration.ofSeconds(30)), Pause.SLEEP)
                    .fetch(options, new Listener(progress, err, quiet));
        }
        printFetch(out, report, downloads);
        if (!noImport && !report.verified().isEmpty()) {
            try (EventStore store = workspace.open()) {
                List<FetchImport.Imported> imported = new FetchImport(store, CameoOntology.standard()).importAll(report,
                        version, ImportOptions.builder(store.workspace().rejectsDir()).build(),
                        f -> new ProgressDisplay(f.getFileName().toString(), err, true));
                for (FetchImport.Imported i : imported) {
                    if (i.skipped()) {
                        out.println(i.file() + ": already imported (see 'dyadlab info')");
                    } else {
                        ImportEventsCommand.printText(out, i.summary());
                    }
                }
                DateOrder.restore(store, err, quiet);
            }
        }
        if (!report.failed().isEmpty()) {
            err.printf("dyadlab: %d of %d files could not be fetched (run the same command again to retry them):%n",
                    report.failed().size(), report.files().size());
            for (FetchedFile f : report.failed()) {
                err.printf("  %s: %s (after %d attempts)%n", f.entry().name(), f.problem(), f.attempts());
            }
            return 1;
        }
        return 0;
    }

    private static void printFetch(PrintWriter out, FetchReport r, Path downloads) {
        long downloaded = r.files().stream().filter(f -> f.status() == FetchedFile.Status.DOWNLOADED).count();
        long complete = r.files().stream().filter(f -> f.status() == FetchedFile.Status.ALREADY_COMPLETE).count();
        long read = r.files().stream().filter(f -> f.rowsRead() >= 0).mapToLong(FetchedFile::rowsRead).sum();
        long kept = r.files().stream().filter(f -> f.rowsKept() >= 0).mapToLong(FetchedFile::rowsKept).sum();
        out.printf("fetched %d files into %s: %d downloaded and verified, %d already complete, %d failed%s%n",
                r.files().size(), downloads, downloaded, complete, r.failed().size(),
                read > 0 ? String.format("; kept %,d of %,d rows for the dyad", kept, read) : "");
        for (String p : r.listProblems().stream().limit(5).toList()) {
            out.println("  file list: " + p);
        }
        if (r.listProblems().size() > 5) {
            out.printf("  … and %d more problems in the file lists%n", r.listProblems().size() - 5);
        }
    }

    /** Draws the overall progress (bytes of all selected files) and says when a file is retried. */
    private static final class Listener implements FetchListener {
        private final ProgressDisplay progress;
        private final PrintWriter err;
        private final boolean quiet;
        private long total;
        private long bytes;
        private int files;

        Listener(ProgressDisplay progress, PrintWriter err, boolean quiet) {
            this.progress = progress;
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void selected(int count, long totalBytes) {
            total = totalBytes;
        }

        @Override
        public void bytes(long count) {
            bytes += count;
            progress.progress(Math.min(bytes, total), total, files);
        }

        @Override
        public void finished(FetchedFile file) {
            files++;
            progress.progress(Math.min(bytes, total), total, files);
        }

        @Override
        public void retrying(GdeltFileEntry file, int attempt, String problem, long pauseMillis) {
            if (!quiet) {
                err.printf("%s: attempt %d failed (%s); retrying in %.0f s%n", file.name(), attempt, problem,
                        pauseMillis / 1000.0);
            }
        }
    }
}
