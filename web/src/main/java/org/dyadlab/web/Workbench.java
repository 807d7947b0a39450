package org.dyadlab.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.dyadlab.casestudy.CaseDefinition;
import org.dyadlab.casestudy.CaseFolders;
import org.dyadlab.casestudy.CaseParts;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;

/**
 * What the dashboard works on: the workspace's store (held open for the server's life; DuckDB allows one process),
 * its search index, and the case the workspace was built from (optional). The store's connection serves one
 * statement at a time, so every use of the store or the index goes through {@link #use}, which runs one piece of
 * work at a time; writes (coding, memos, uploads) are no different.
 */
public final class Workbench implements AutoCloseable {
    /** The codebook file a workspace may hold (as the command line reads it). */
    public static final String WORKSPACE_CODEBOOK = "codebook.yaml";

    private final EventStore store;
    private final CorpusIndex index;
    private final CameoOntology ontology;
    private final CaseDefinition caseDefinition;
    private final Codebook codebook;
    private final ReentrantLock lock = new ReentrantLock();

    private Workbench(EventStore store, CorpusIndex index, CameoOntology ontology, CaseDefinition caseDefinition,
                      Codebook codebook) {
        this.store = store;
        this.index = index;
        this.ontology = ontology;
        this.caseDefinition = caseDefinition;
        this.codebook = codebook;
    }

    /**
     * Opens the workspace's store (creating an empty one if there is none) and reads the case folder.
     *
     * @param caseFolder the case the workspace holds, or null for a workspace of events and documents only
     */
    public static Workbench open(Workspace workspace, Path caseFolder, CameoOntology ontology) {
        CaseDefinition c = caseFolder == null ? null : CaseFolders.read(caseFolder);
        Codebook codebook = codebook(workspace, c);
        EventStore store = EventStore.open(workspace, ontology);
        try {
            return new Workbench(store, CorpusIndex.open(workspace.dir().resolve("index")), ontology, c, codebook);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The workspace's codebook.yaml, else the case's codebook, else the built-in Pakistan–US one. */
    private static Codebook codebook(Workspace workspace, CaseDefinition c) {
        Path own = workspace.dir().resolve(WORKSPACE_CODEBOOK);
        if (Files.isRegularFile(own)) {
            return CodebookYaml.read(own).orThrow(own.toString());
        }
        return c != null ? CaseParts.codebook(c) : CodebookYaml.pakUsa();
    }

    /** Runs work that reads or writes the store or the index, one piece of work at a time. */
    public <T> T use(Function<Access, T> work) {
        lock.lock();
        try {
            return work.apply(new Access(store, index));
        } finally {
            lock.unlock();
        }
    }

    /** The store and the index, for the duration of one {@link #use}. */
    public record Access(EventStore store, CorpusIndex index) {
    }

    public Workspace workspace() {
        return store.workspace();
    }

    public CameoOntology ontology() {
        return ontology;
    }

    public Optional<CaseDefinition> caseDefinition() {
        return Optional.ofNullable(caseDefinition);
    }

    public Codebook codebook() {
        return codebook;
    }

    /** The dyad the views open on: the case's, else Pakistan–United States. */
    public Dyad defaultDyad() {
        return caseDefinition != null ? caseDefinition.dyad() : new Dyad("PAK", "USA");
    }

    /** The folder uploaded documents are kept in, inside the workspace. */
    public Path uploadsDir() {
        return workspace().dir().resolve("uploads");
    }

    /** The folder uploaded manuscripts are kept in for claim checking, apart from the documents. */
    public Path manuscriptsDir() {
        return uploadsDir().resolve("manuscripts");
    }

    @Override
    public void close() {
        lock.lock();
        try {
            try {
                index.close();
            } finally {
                store.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
