package org.dyadlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyadlab.corpus.codebook.CodebookProblem;
import org.dyadlab.corpus.codebook.CodebookReadResult;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab codebook show|validate}. */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Show or check a codebook (YAML: factors, themes, definitions, rules).",
        subcommands = {CodebookCommand.Show.class, CodebookCommand.Validate.class},
        footer = {"", "Examples:", "  dyadlab codebook show                 # the built-in Pakistan-US codebook",
            "  dyadlab codebook validate my-codebook.yaml"})
final class CodebookCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a codebook as a tree with definitions and rules (default: the built-in "
                    + "Pakistan-US codebook).",
            footer = {"", "Examples:", "  dyadlab codebook show", "  dyadlab codebook show my-codebook.yaml --yaml"})
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "Codebook YAML.")
        Path file;

        @Option(names = "--yaml", description = "Print the YAML instead of the tree (e.g. to start your own).")
        boolean yaml;

        @Override
        public Integer call() {
            Codebook b;
            if (file == null) {
                b = CodebookYaml.pakUsa();
            } else {
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("no such codebook file: " + file);
                }
                b = CodebookYaml.read(file).orThrow(file.toString());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (yaml) {
                out.print(CodebookYaml.write(b));
                return 0;
            }
            out.println(b.title() + " (" + b.name() + ", " + b.codes().size() + " codes)");
            for (Code c : b.codes()) {
                String indent = "  ".repeat(c.depth() + 1);
                out.println(indent + c.id() + " — " + c.name());
                out.println(indent + "  " + c.definition().replaceAll("\\s+", " "));
                if (c.include() != null) {
                    out.println(indent + "  include: " + c.include());
                }
                if (c.exclude() != null) {
                    out.println(indent + "  exclude: " + c.exclude());
                }
                if (!c.rules().isEmpty()) {
                    out.println(indent + "  rules: " + String.join(" | ", c.rules().stream()
                            .map(CodingRule::describe).toList()));
                }
            }
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a codebook file and list every problem (exit 1 when it has errors).",
            footer = {"", "Example:", "  dyadlab codebook validate cases/pak-usa/codebook.yaml"})
    static final class Validate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Codebook YAML.")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such codebook file: " + file);
            }
            CodebookReadResult r = CodebookYaml.read(file);
            PrintWriter out = spec.commandLine().getOut();
            for (CodebookProblem p : r.problems()) {
                out.println(p);
            }
            if (r.hasErrors()) {
                spec.commandLine().getErr().println("dyadlab: " + file + " is not a valid codebook");
                return 1;
            }
            Codebook b = r.codebook().orElseThrow();
            out.printf("%s: valid, %d codes (%d factors), %d with rules%n", file, b.codes().size(),
                    b.children(null).size(), b.ruleCodes().size());
            return 0;
        }
    }
}
