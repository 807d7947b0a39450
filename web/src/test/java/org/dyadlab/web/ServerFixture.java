package org.dyadlab.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.dyadlab.store.Workspace;

/** A workspace copied from the class's template and a dashboard serving it on a free loopback port. */
final class ServerFixture implements AutoCloseable {
    final Workbench workbench;
    final WebServer server;
    final Path workspace;

    ServerFixture(Path template, Path dir, WebOptions options) throws Exception {
        this(template, dir, options, TestWorkspace.caseFolder());
    }

    /** @param caseFolder the case the dashboard is opened with, or null for none ({@code --no-case}) */
    ServerFixture(Path template, Path dir, WebOptions options, Path caseFolder) throws Exception {
        workspace = dir.resolve("ws");
        Files.createDirectories(workspace);
        TestWorkspace.copy(template, workspace);
        workbench = Workbench.open(new Workspace(workspace), caseFolder, TestWorkspace.CAMEO);
        server = WebServer.start(Dashboard.of(workbench, options.cacheDays(), Clock.systemUTC()), options);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            workbench.close();
        }
    }
}
