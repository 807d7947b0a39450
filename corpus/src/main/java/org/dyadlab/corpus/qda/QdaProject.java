package org.dyadlab.corpus.qda;

import java.util.List;
import java.util.Objects;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.Passage;

/**
 * A coded project as REFI-QDA exchanges it: the codebook, the documents (one text each), the coded passages on
 * those texts, and the memos.
 *
 * @param name      project name
 * @param codebook  the codes
 * @param sources   each document with the version whose text is exchanged
 * @param passages  coded passages on those versions
 * @param memos     memos on documents, codes and passages
 */
public record QdaProject(String name, Codebook codebook, List<Source> sources, List<Passage> passages,
                         List<Memo> memos) {
    /** A document and the text exchanged for it. */
    public record Source(Document document, DocumentVersion version) {
        public Source {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(version, "version");
        }
    }

    public QdaProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codebook, "codebook");
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
        memos = List.copyOf(memos);
    }
}
