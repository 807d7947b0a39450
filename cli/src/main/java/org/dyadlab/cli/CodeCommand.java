package org.dyadlab.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadlab.corpus.coding.CodingException;
import org.dyadlab.corpus.coding.ManualCoding;
import org.dyadlab.corpus.coding.RuleCoder;
import org.dyadlab.corpus.coding.RuleCoding;
import org.dyadlab.corpus.coding.RuleCodingReport;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab code rules|passage|memo}: qualitative coding. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code documents: automatically with the codebook's rules, or by hand; attach memos; code "
                + "parsed sentences into CAMEO events with PETRARCH-format dictionaries.",
        subcommands = {CodeCommand.Rules.class, CodeCommand.PassageCmd.class, CodeCommand.MemoCmd.class,
            CodeParsedCommand.class, CodeTextCommand.class},
        footer = {"", "Examples:", "  dyadlab code rules",
            "  dyadlab code parsed stories.xml --format json > events.json",
            "  dyadlab code text stories.jsonl --store -w pak-usa",
            "  dyadlab code passage PAK_73_2018 --span 120:340 --code economic.aid-suspension --coder alice",
            "  dyadlab code memo --code economic.aid-suspension --author alice \"Include threats to cut aid.\""})
final class CodeCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = {"Code every document (or the named ones) with the codebook's rules. Each sentence a rule "
                    + "matches becomes a passage of coder 'rules' recording the rule; earlier rule passages of "
                    + "those documents are replaced."},
            footer = {"", "Examples:", "  dyadlab code rules", "  dyadlab code rules --codebook my-codebook.yaml "
                    + "--documents PAK_73_2018,USA_73_2018"})
    static final class Rules implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        CodebookOption codebook;

        @Option(names = "--documents", split = ",", paramLabel = "ID", description = "Only these documents.")
        List<String> documents = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (EventStore store = workspace.openExisting();
                 CorpusIndex index = CorpusIndex.open(store.workspace().dir().resolve("index"))) {
                Codebook book = codebook.load(store.workspace());
                for (String d : documents) {
                    if (store.corpus().document(d).isEmpty()) {
                        throw new UsageException("no document " + d + " in this workspace");
                    }
                }
                RuleCodingReport r = new RuleCoding(store.corpus(), store.coding(), Clock.systemUTC())
                        .run(new RuleCoder(book), Set.copyOf(documents));
                index.rebuild(store.corpus(), store.coding());
                r.passagesByCode().forEach((code, n) -> out.printf("  %-40s %,7d%n", code, n));
                double s = r.elapsed().toMillis() / 1000.0;
                out.printf("coded %d documents with codebook %s: %,d passages (replacing %,d)  [%.1f s]%n",
                        r.documents(), book.name(), r.passages(), r.removed(), s);
            }
            return 0;
        }
    }

    @Command(name = "passage", mixinStandardHelpOptions = true,
            description = "Code a span of a document's current text by hand. Find offsets with 'dyadlab corpus "
                    + "search' (its span column).",
            footer = {"", "Example:",
                "  dyadlab code passage PAK_73_2018 --span 120:340 --code economic.aid-suspension --coder alice "
                        + "--memo \"Implicit reference to the 2018 suspension.\""})
    static final class PassageCmd implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        CodebookOption codebook;

        @Parameters(paramLabel = "DOC", description = "Document id (see 'dyadlab corpus list').")
        String document;

        @Option(names = "--span", required = true, paramLabel = "START:END", converter = CorpusConverters.SpanConverter.class,
                description = "Character offsets, start included, end excluded.")
        TextSpan span;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "Code id, e.g. economic.aid-suspension.")
        String code;

        @Option(names = "--coder", required = true, paramLabel = "NAME", description = "Who is coding.")
        String coder;

        @Option(names = "--memo", paramLabel = "TEXT", description = "A memo to attach to the new passage.")
        String memo;

        @Override
        public Integer call() {
            try (EventStore store = workspace.openExisting();
                 CorpusIndex index = CorpusIndex.open(store.workspace().dir().resolve("index"))) {
                ManualCoding coding = new ManualCoding(store.corpus(), store.coding(), codebook.load(store.workspace()),
                        Clock.systemUTC());
                Passage p = coding.code(document, span, code, coder);
                index.update(store.corpus(), store.coding(), List.of(p.documentId()));
                spec.commandLine().getOut().printf("passage %d: %s %s %s by %s: %s%n", p.id(), p.documentId(),
                        p.span(), p.codeId(), p.coder(), Tables.cell(p.quote()));
                if (memo != null) {
                    Memo m = coding.memo(Memo.Target.PASSAGE, Long.toString(p.id()), coder, memo);
                    spec.commandLine().getOut().printf("memo %d on passage %d%n", m.id(), p.id());
                }
            } catch (CodingException e) {
                throw new UsageException(e.getMessage());
            }
            return 0;
        }
    }

    @Command(name = "memo", mixinStandardHelpOptions = true,
            description = "Attach a memo to a document, a code or a passage.",
            footer = {"", "Examples:", "  dyadlab code memo --document PAK_73_2018 --author alice \"Speech after the election.\"",
                "  dyadlab code memo --passage 42 --author bob \"Disagree: this is about India.\""})
    static final class MemoCmd implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        CodebookOption codebook;

        static final class Target {
            @Option(names = "--document", paramLabel = "ID", description = "A document id.")
            String document;

            @Option(names = "--code", paramLabel = "CODE", description = "A code id.")
            String code;

            @Option(names = "--passage", paramLabel = "ID", description = "A passage id.")
            String passage;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--author", required = true, paramLabel = "NAME", description = "Who writes the memo.")
        String author;

        @Parameters(paramLabel = "TEXT", description = "The memo.")
        String text;

        @Override
        public Integer call() {
            Memo.Target t = target.document != null ? Memo.Target.DOCUMENT
                    : target.code != null ? Memo.Target.CODE : Memo.Target.PASSAGE;
            String id = target.document != null ? target.document : target.code != null ? target.code : target.passage;
            try (EventStore store = workspace.openExisting()) {
                Memo m = new ManualCoding(store.corpus(), store.coding(), codebook.load(store.workspace()),
                        Clock.systemUTC()).memo(t, id, author, text);
                spec.commandLine().getOut().printf("memo %d on %s %s%n", m.id(), t.key(), id);
            } catch (CodingException e) {
                throw new UsageException(e.getMessage());
            }
            return 0;
        }
    }
}
