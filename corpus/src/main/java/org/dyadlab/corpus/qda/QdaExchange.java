package org.dyadlab.corpus.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.store.CodingStore;
import org.dyadlab.store.CorpusStore;
import org.dyadlab.store.PassageQuery;

/** Builds a {@link QdaProject} from a workspace, and stores an imported one in a workspace. */
public final class QdaExchange {
    private final CorpusStore corpus;
    private final CodingStore coding;

    public QdaExchange(CorpusStore corpus, CodingStore coding) {
        this.corpus = corpus;
        this.coding = coding;
    }

    /** The current version of every document, the passages on those versions and every memo. */
    public QdaProject export(String name, Codebook codebook) {
        List<QdaProject.Source> sources = new ArrayList<>();
        corpus.forEachCurrent((d, v) -> sources.add(new QdaProject.Source(d, v)));
        Map<String, Integer> current = new HashMap<>();
        sources.forEach(s -> current.put(s.document().id(), s.version().version()));
        List<Passage> passages = coding.passages(PassageQuery.ALL).stream()
                .filter(p -> current.getOrDefault(p.documentId(), -1) == p.version()).toList();
        return new QdaProject(name, codebook, sources, passages, coding.memos());
    }

    /** What an import did. */
    public record ImportReport(int documentsAdded, int documentsReused, List<String> documentsSkipped,
                               int passages, int memos) {
    }

    /**
     * Stores the project's documents (a document whose id exists with the same text is reused; with another text
     * it is skipped, with its passages), passages and memos. The codebook is the caller's to keep.
     */
    public ImportReport importProject(QdaProject project) {
        int added = 0;
        int reused = 0;
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> versionOf = new HashMap<>();
        for (QdaProject.Source s : project.sources()) {
            Document d = s.document();
            Optional<DocumentVersion> existing = corpus.currentVersion(d.id());
            if (existing.isPresent()) {
                if (existing.get().text().equals(s.version().text())) {
                    versionOf.put(d.id(), existing.get().version());
                    reused++;
                } else {
                    skipped.add(d.id());
                }
                continue;
            }
            DocumentVersion v = s.version();
            corpus.addDocument(d.withVersion(1), new DocumentVersion(d.id(), 1, v.sha256(), v.mediaType(), v.text(),
                    v.pages(), v.paragraphs(), v.ingestedAt()));
            versionOf.put(d.id(), 1);
            added++;
        }
        List<Passage> toStore = new ArrayList<>();
        List<Long> readIds = new ArrayList<>();
        for (Passage p : project.passages()) {
            Integer v = versionOf.get(p.documentId());
            if (v != null) {
                toStore.add(new Passage(0, p.documentId(), v, p.span(), p.codeId(), p.coder(), p.origin(), p.rule(),
                        p.quote(), p.createdAt()));
                readIds.add(p.id());
            }
        }
        List<Passage> stored = coding.addAll(toStore);
        Map<String, String> newPassageId = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            newPassageId.put(Long.toString(readIds.get(i)), Long.toString(stored.get(i).id()));
        }
        int memos = 0;
        for (Memo m : project.memos()) {
            String target = m.targetId();
            if (m.target() == Memo.Target.PASSAGE) {
                target = newPassageId.get(m.targetId());
            } else if (m.target() == Memo.Target.DOCUMENT && !versionOf.containsKey(m.targetId())) {
                target = null;
            }
            if (target != null) {
                coding.addMemo(new Memo(0, m.target(), target, m.author(), m.text(), m.createdAt()));
                memos++;
            }
        }
        return new ImportReport(added, reused, skipped, stored.size(), memos);
    }
}
