package org.dyadlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.web.WebOptions;
import org.dyadlab.web.WebServer;
import org.dyadlab.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab serve}: the local dashboard over a workspace (and its case), until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Open the local dashboard on a workspace: the case overview, the relations index with drill-down "
                + "to events, sentences and documents, indicators, the chronology, corpus search, coding in the browser "
                + "and agreement between coders; and the same data as JSON under /api/ for R and Python.",
            "It listens on 127.0.0.1 only, unless --bind names another address. Stop it with Ctrl-C."},
        footer = {"", "Examples:", "  dyadlab demo && dyadlab serve -w demo-workspace",
            "  dyadlab serve -w pak-usa --port 8080 --no-case",
            "  curl 'http://127.0.0.1:7070/api/series?dyad=PAK-USA&interval=month'"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = {"-p", "--port"}, defaultValue = "7070", paramLabel = "PORT",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Listen on this address instead of 127.0.0.1. "
            + "The dashboard has no login: anyone who can reach the address can read and code this workspace.")
    String bind;

    @Option(names = "--case", paramLabel = "DIR",
            description = "The case folder the workspace was built from (default: cases/pak-usa of the installation).")
    Path caseFolder;

    @Option(names = "--no-case", description = "Open the workspace without a case (no chronology, no findings).")
    boolean noCase;

    @Option(names = "--max-upload-mb", defaultValue = "20", paramLabel = "MB",
            description = "Largest document an upload may carry (default ${DEFAULT-VALUE} MB).")
    int maxUploadMb;

    /** Counted down to stop the server (by the shutdown hook, or a test). */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0-65535, was " + port);
        }
        if (maxUploadMb < 1 || maxUploadMb > 1024) {
            throw new UsageException("--max-upload-mb must be 1-1024, was " + maxUploadMb);
        }
        Path folder = noCase ? null : caseFolder != null ? caseFolder : DemoCommand.builtInCase();
        if (caseFolder != null && !Files.isRegularFile(caseFolder.resolve("case.yaml"))) {
            throw new UsageException("--case " + caseFolder + " is not a case folder (it has no case.yaml)");
        }
        if (!workspace.workspace().exists()) {
            throw new UsageException("no dyadlab store in " + workspace.workspace().dir()
                    + " (run 'dyadlab demo' and serve demo-workspace, or import something first)");
        }
        String host = bind == null ? WebOptions.LOOPBACK : bind.strip();
        WebOptions options = new WebOptions(host, port, maxUploadMb * 1024L * 1024L, true);
        if (!options.loopbackOnly()) {
            err.println("dyadlab: warning: listening on " + host + ", not on 127.0.0.1: the dashboard has no login, so "
                    + "anyone who can reach this address can read this workspace and write to it");
        }
        try (Workbench workbench = Workbench.open(workspace.workspace(), folder, CameoOntology.standard());
             WebServer server = WebServer.start(workbench, options)) {
            Thread hook = new Thread(stop::countDown, "dyadlab-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("dyadlab dashboard on " + workspace.workspace().dir()
                    + (folder == null ? "" : " (case " + folder.getFileName() + ")"));
            out.println("Open " + server.url() + "   (JSON API under " + server.url() + "api/; Ctrl-C stops)");
            out.flush();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping: the hook has run
                }
            }
        }
        return 0;
    }
}
