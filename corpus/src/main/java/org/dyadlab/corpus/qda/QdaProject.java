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
 * @param unread    sources of the file that dyadlab cannot take (PDF, picture, audio, video sources), by type
 *                  and name, so that an import can say what it left out
 */
public record QdaProject(String name, Codebook codebook, List<Source> sources, List<Passage> passages,
                         List<Memo> memos, List<String> unread) {
    /** A project with every source read (what dyadlab itself writes). */
    public QdaProject(String name, Codebook codebook, List<Source> sources, List<Passage> passages, List<Memo> memos) {
        this(name, codebook, sources, passages, memos, List.of());
    }

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
        unread = List.copyOf(unread);
    }
}
