package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.ImportRecord;
import org.dyadlab.store.WorkspaceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab info}: what the workspace holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show what the workspace holds: events per origin dataset and date range, and the import log.",
        footer = {"", "Examples:", "  dyadlab info", "  dyadlab info --workspace demo-workspace --json"})
final class InfoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        WorkspaceSummary s;
        try (EventStore store = workspace.openExisting()) {
            s = store.summary();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(s)));
            return 0;
        }
        out.printf("store:          %s (schema version %d, %,.1f MB)%n", s.databaseFile(), s.schemaVersion(),
                s.sizeBytes() / 1e6);
        out.printf("events:         %,d%n", s.eventCount());
        for (WorkspaceSummary.OriginCount o : s.origins()) {
            out.printf("  %-12s %,12d  %s .. %s%n", o.origin(), o.events(), o.first(), o.last());
        }
        out.printf("imports:        %d%n", s.imports().size());
        for (ImportRecord r : s.imports()) {
            out.printf("  #%-4d %-8s read %,d, imported %,d, duplicates %,d, rejected %,d  %s%n", r.importId(),
                    r.format(), r.rowsRead(), r.imported(), r.duplicates(), r.rejected(), r.file());
        }
        return 0;
    }

    private static Map<String, Object> toJson(WorkspaceSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store", s.databaseFile());
        m.put("schema_version", s.schemaVersion());
        m.put("size_bytes", s.sizeBytes());
        m.put("events", s.eventCount());
        List<Map<String, Object>> origins = new ArrayList<>();
        for (WorkspaceSummary.OriginCount o : s.origins()) {
            origins.add(Map.of("origin", o.origin(), "events", o.events(), "first", o.first().toString(),
                    "last", o.last().toString()));
        }
        m.put("origins", origins);
        List<Map<String, Object>> imports = new ArrayList<>();
        for (ImportRecord r : s.imports()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("import_id", r.importId());
            im.put("file", r.file());
            im.put("format", r.format());
            im.put("finished_at", r.finishedAt().toString());
            im.put("read", r.rowsRead());
            im.put("imported", r.imported());
            im.put("duplicates", r.duplicates());
            im.put("rejected", r.rejected());
            imports.add(im);
        }
        m.put("imports", imports);
        return m;
    }
}
