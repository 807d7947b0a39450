package org.dyadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dyadlab.corpus.ingest.BibliographyReader;
import org.dyadlab.corpus.ingest.CollectionFields;
import org.dyadlab.corpus.ingest.DocumentIngester;
import org.dyadlab.corpus.ingest.IngestLimits;
import org.dyadlab.corpus.ingest.IngestOptions;
import org.dyadlab.corpus.ingest.IngestOutcome;
import org.dyadlab.corpus.ingest.IngestReport;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab corpus ingest}: reads files into the corpus and the search index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest documents: PDF, HTML, DOCX, ODT, plain text, and collections in JSON lines (.jsonl) "
                + "or JSON arrays (.json). Folders are read recursively.",
            "Re-ingesting an unchanged file changes nothing; an edited file becomes a new version. A file that "
                    + "cannot be read within the limits is reported and the batch goes on."},
        footer = {"", "Examples:",
            "  dyadlab corpus ingest reports/ --kind policy --side third-party --bib reports/refs.bib",
            "  dyadlab corpus ingest ../shared/data/whitehouse-obama-briefings-pakistan/documents.jsonl "
                    + "--kind official --side USA",
            "  dyadlab corpus ingest ../shared/data/trump-tweets/condensed_2017.json --kind social --side USA"})
final class CorpusIngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--kind", paramLabel = "KIND", converter = CorpusConverters.KindConverter.class,
            description = "academic, official, policy, news, social, speech or dataset (default: from the "
                    + "bibliography entry type, else official).")
    SourceKind kind;

    @Option(names = "--side", paramLabel = "SIDE", converter = CorpusConverters.SideConverter.class,
            description = "Whose voice: a CAMEO country code (PAK, USA) or third-party.")
    Side side;

    @Option(names = "--bib", paramLabel = "FILE", description = "BibTeX (.bib) or CSL-JSON (.json) bibliography; "
            + "an entry applies to the file its 'file' field names or whose name is its key.")
    Path bib;

    @Option(names = "--name-pattern", paramLabel = "REGEX", description = "Regular expression over file names with "
            + "named groups side, date, year, title, e.g. '(?<side>[A-Z]{3})_\\d+_(?<year>\\d{4})'.")
    String namePattern;

    @Option(names = "--json-id", paramLabel = "FIELD", description = "Collections: the field holding a record's id.")
    String jsonId;

    @Option(names = "--json-text", paramLabel = "FIELD", description = "Collections: the field holding the text.")
    String jsonText;

    @Option(names = "--json-date", paramLabel = "FIELD", description = "Collections: the field holding the date.")
    String jsonDate;

    @Option(names = "--max-mb", defaultValue = "100", description = "Largest file read, in MB (default ${DEFAULT-VALUE}).")
    long maxMb;

    @Option(names = "--max-chars", defaultValue = "20000000",
            description = "Most characters extracted from one file (default ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--timeout", defaultValue = "60", description = "Longest extraction of one file, in seconds "
            + "(default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--strict", description = "Exit with code 1 when any file or record failed.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            throw new UsageException("no such file or folder: " + missing.get(0) + " (nothing was ingested)");
        }
        if (maxMb < 1 || maxChars < 1 || timeoutSeconds < 1) {
            throw new UsageException("--max-mb, --max-chars and --timeout must be positive");
        }
        if (bib != null && !Files.isRegularFile(bib)) {
            throw new UsageException("no such bibliography: " + bib);
        }
        IngestOptions.Builder b = IngestOptions.builder().kind(kind).side(side)
                .limits(new IngestLimits(maxMb << 20, maxChars, Duration.ofSeconds(timeoutSeconds)));
        if (bib != null) {
            b.bibliography(BibliographyReader.read(bib));
        }
        if (namePattern != null) {
            try {
                b.namePattern(Pattern.compile(namePattern));
            } catch (PatternSyntaxException e) {
                throw new UsageException("--name-pattern is not a regular expression: " + e.getDescription());
            }
        }
        CollectionFields fields = CollectionFields.DEFAULT;
        fields = jsonId == null ? fields : fields.withId(jsonId);
        fields = jsonText == null ? fields : fields.withText(jsonText);
        fields = jsonDate == null ? fields : fields.withDate(jsonDate);
        b.collectionFields(fields);
        PrintWriter out = spec.commandLine().getOut();
        IngestReport report;
        try (EventStore store = workspace.open();
             CorpusIndex index = CorpusIndex.open(store.workspace().dir().resolve("index"))) {
            report = new DocumentIngester(store.corpus(), Clock.systemUTC()).ingest(paths, b.build(), o -> {
                if (!quiet || o.status() == IngestOutcome.Status.FAILED) {
                    out.println(line(o));
                    out.flush();
                }
            });
            index.update(store.corpus(), store.coding(), report.changedDocuments());
        }
        long n = report.outcomes().size();
        double seconds = report.elapsed().toMillis() / 1000.0;
        out.printf("ingested %d: added %d, new versions %d, unchanged %d, duplicates %d, failed %d  [%.1f s, %.1f docs/s]%n",
                n, report.count(IngestOutcome.Status.ADDED), report.count(IngestOutcome.Status.NEW_VERSION),
                report.count(IngestOutcome.Status.UNCHANGED), report.count(IngestOutcome.Status.DUPLICATE),
                report.count(IngestOutcome.Status.FAILED), seconds, seconds == 0 ? 0.0 : n / seconds);
        return strict && !report.failures().isEmpty() ? 1 : 0;
    }

    static String line(IngestOutcome o) {
        String what = switch (o.status()) {
            case ADDED -> "added       " + o.documentId();
            case NEW_VERSION -> "new version " + o.documentId() + " v" + o.version();
            case UNCHANGED -> "unchanged   " + o.documentId();
            case DUPLICATE -> "duplicate   " + o.message();
            case FAILED -> "FAILED      " + o.message();
        };
        return what + "  " + o.source();
    }
}
