package org.dyadlab.web.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyadlab.casestudy.CaseDefinition;
import org.dyadlab.casestudy.CaseEvidence;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.store.PassageQuery;
import org.dyadlab.web.Workbench;

/**
 * The case's evidence base as the command line assembles it ({@link CaseEvidence}: the case folder, and the
 * workspace's coded passages and coded event records), kept between requests until the events, the passages or the
 * case's files change. It is built inside {@link Workbench#use}; what is built is immutable and used outside it.
 */
public final class CaseEvidenceCache {
    private final Workbench workbench;
    private Snapshot snapshot;
    private String stamp = "";

    public CaseEvidenceCache(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * The evidence base and the workspace's passages by id (where a passage's evidence item points into its
     * document).
     */
    public record Snapshot(CaseDefinition caseDefinition, CaseEvidence.Built evidence, Map<Long, Passage> passages) {
        public Snapshot {
            passages = Map.copyOf(passages);
        }

        /** The passage behind an evidence item's id ("passage:12"), if it is one of this workspace. */
        public Optional<Passage> passage(String evidenceId) {
            if (evidenceId == null || !evidenceId.matches("passage:\\d{1,18}")) {
                return Optional.empty();
            }
            return Optional.ofNullable(passages.get(Long.parseLong(evidenceId.substring("passage:".length()))));
        }
    }

    /** The evidence base of the dashboard's case, or empty when it was opened without a case. */
    public Optional<Snapshot> current() {
        CaseDefinition c = workbench.caseDefinition().orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        return Optional.of(workbench.use(a -> {
            List<Passage> passages = a.store().coding().passages(PassageQuery.ALL);
            long lastPassage = passages.stream().mapToLong(Passage::id).max().orElse(0);
            // the passages' hash too: a deleted passage's id is given again to the next one coded
            String now = a.store().generation() + ":" + passages.size() + ":" + lastPassage + ":" + passages.hashCode()
                    + ":" + filesModified(c);
            synchronized (this) {
                if (snapshot == null || !now.equals(stamp)) {
                    Map<Long, Passage> byId = new HashMap<>();
                    passages.forEach(p -> byId.put(p.id(), p));
                    snapshot = new Snapshot(c, CaseEvidence.of(c, a.store(), workbench.ontology()), byId);
                    stamp = now;
                }
                return snapshot;
            }
        }));
    }

    private static String filesModified(CaseDefinition c) {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {c.chronology(), c.sources(), c.indicators(), c.gazetteer()}) {
            if (name != null) {
                sb.append(modified(c.file(name))).append(',');
            }
        }
        return sb.toString();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
