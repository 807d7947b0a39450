package org.dyadlab.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.corpus.search.SearchHit;
import org.dyadlab.corpus.search.SearchQuery;
import org.dyadlab.corpus.search.SearchResult;
import org.dyadlab.corpus.search.Snippet;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab corpus search}: full-text search with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the documents' full text (English stemming: 'haven' finds 'havens').",
            "All words are required; use \"quotes\" for a phrase, OR, NOT, word* as in Lucene's query syntax. "
                    + "Matches are shown between [ and ]; each snippet gives its START:END offsets for "
                    + "'dyadlab code passage'."},
        footer = {"", "Examples:",
            "  dyadlab corpus search \"safe havens\" --kind official",
            "  dyadlab corpus search '\"do more\" OR haqqani' --side USA --from 2017-01-20 --to 2021-01-19",
            "  dyadlab corpus search aid --code economic.aid-suspension --format json"})
final class CorpusSearchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--kind", split = ",", converter = CorpusConverters.KindConverter.class,
            description = "Only these source kinds.")
    List<SourceKind> kinds = new ArrayList<>();

    @Option(names = "--side", split = ",", converter = CorpusConverters.SideConverter.class,
            description = "Only these sides.")
    List<Side> sides = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Documents dated on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Documents dated on or before.")
    LocalDate to;

    @Option(names = "--code", split = ",", description = "Only documents with passages of these codes (or codes under them).")
    List<String> codes = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "Most documents shown (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json.")
    OutputFormat format;

    /** At most {@code width} characters of a marked snippet, starting shortly before its first match. */
    static String around(String marked, int width) {
        if (marked.length() <= width) {
            return marked;
        }
        int first = Math.max(0, marked.indexOf('[') - 30);
        int start = marked.length() - first < width ? marked.length() - width : first;
        String cut = marked.substring(start, Math.min(marked.length(), start + width));
        return (start > 0 ? "…" : "") + cut + (start + width < marked.length() ? "…" : "");
    }

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        SearchResult r;
        try (EventStore store = workspace.openExisting();
             CorpusIndex index = CorpusIndex.open(store.workspace().dir().resolve("index"))) {
            r = index.search(new SearchQuery(query, Set.copyOf(kinds), Set.copyOf(sides), from, to, Set.copyOf(codes),
                    limit));
            if (index.size() < store.corpus().documentCount()) {
                spec.commandLine().getErr().printf("dyadlab: the search index holds %d of %d documents; run "
                        + "'dyadlab corpus reindex' to bring it up to date%n", index.size(), store.corpus().documentCount());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            Snippet best = h.snippets().isEmpty() ? null : h.snippets().get(0);
            rows.add(List.of(h.documentId(), h.date() == null ? "" : h.date().toString(), h.kind().key(),
                    h.side() == null ? "" : h.side().code(), (double) h.score(),
                    best == null ? "" : best.span().toString(),
                    best == null ? "" : format == OutputFormat.table ? around(best.marked("[", "]"), 96)
                            : best.marked("[", "]"),
                    h.title() == null ? "" : h.title()));
        }
        Tables.print(spec.commandLine().getOut(), format,
                List.of("document", "date", "kind", "side", "score", "span", "snippet", "title"), rows);
        if (format == OutputFormat.table) {
            spec.commandLine().getOut().printf("%d of %d matching documents%n", r.hits().size(), r.totalHits());
        }
        return 0;
    }
}
