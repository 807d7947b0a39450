package org.dyadlab.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.store.CodingStore;
import org.dyadlab.store.CorpusStore;
import org.dyadlab.store.PassageQuery;

/**
 * The Lucene full-text index of a workspace's documents ({@code <workspace>/index/}): one Lucene document per
 * corpus document (its current version), with the kind, side, date and the codes of its passages as filters.
 * The index is derived data: {@link #rebuild} recreates it from the store at any time.
 */
public final class CorpusIndex implements AutoCloseable {
    static final String ID = "id";
    static final String VERSION = "version";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String KIND = "kind";
    static final String SIDE = "side";
    static final String DATE = "date";
    static final String CODE = "code";

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private IndexWriter writer;

    private CorpusIndex(Directory directory) {
        this.directory = directory;
    }

    public static CorpusIndex open(Path dir) {
        try {
            return new CorpusIndex(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        }
        return writer;
    }

    /** Adds or replaces one document. Call {@link #commit()} to make changes visible to searches. */
    public void index(Document d, DocumentVersion v, Set<String> codes) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StoredField(VERSION, v.version()));
        doc.add(new StringField(KIND, d.kind().key(), Field.Store.YES));
        if (d.side() != null) {
            doc.add(new StringField(SIDE, d.side().code(), Field.Store.YES));
        }
        LocalDate date = d.metadata().date();
        if (date != null) {
            doc.add(new LongPoint(DATE, date.toEpochDay()));
            doc.add(new StoredField(DATE, date.toEpochDay()));
        }
        if (d.metadata().title() != null) {
            doc.add(new TextField(TITLE, d.metadata().title(), Field.Store.YES));
        }
        doc.add(new Field(TEXT, v.text(), TEXT_WITH_OFFSETS));
        Set<String> withAncestors = new HashSet<>();
        codes.forEach(c -> withAncestors.addAll(Codebook.selfAndAncestors(c)));
        for (String c : withAncestors) {
            doc.add(new StringField(CODE, c, Field.Store.NO));
        }
        try {
            writer().updateDocument(new Term(ID, d.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing " + d.id() + " failed: " + e.getMessage(), e);
        }
    }

    /** Re-indexes the given documents (their current versions and codes) and commits. */
    public int update(CorpusStore corpus, CodingStore coding, Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return 0;
        }
        Set<String> wanted = Set.copyOf(documentIds);
        Map<String, Set<String>> codes = codesByDocument(corpus, coding, wanted);
        int[] n = {0};
        corpus.forEachCurrent((d, v) -> {
            if (wanted.contains(d.id())) {
                index(d, v, codes.getOrDefault(d.id(), Set.of()));
                n[0]++;
            }
        });
        commit();
        return n[0];
    }

    /** Empties the index and indexes every document again from the store. */
    public int rebuild(CorpusStore corpus, CodingStore coding) {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("clearing the index failed: " + e.getMessage(), e);
        }
        Map<String, Set<String>> codes = codesByDocument(corpus, coding, Set.of());
        int[] n = {0};
        corpus.forEachCurrent((d, v) -> {
            index(d, v, codes.getOrDefault(d.id(), Set.of()));
            n[0]++;
        });
        commit();
        return n[0];
    }

    /** The codes of each document's current-version passages (any coder). */
    private static Map<String, Set<String>> codesByDocument(CorpusStore corpus, CodingStore coding, Set<String> ids) {
        Map<String, Integer> current = new HashMap<>();
        corpus.documents().forEach(d -> current.put(d.id(), d.currentVersion()));
        Map<String, Set<String>> out = new HashMap<>();
        for (Passage p : coding.passages(new PassageQuery(Set.of(), Set.of(), ids))) {
            if (current.getOrDefault(p.documentId(), -1) == p.version()) {
                out.computeIfAbsent(p.documentId(), k -> new HashSet<>()).add(p.codeId());
            }
        }
        return out;
    }

    public void commit() {
        try {
            if (writer != null) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("saving the index failed: " + e.getMessage(), e);
        }
    }

    public SearchResult search(SearchQuery query) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return new SearchResult(0, List.of());
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return new CorpusSearch(reader, analyzer).run(query);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed: " + e.getMessage(), e);
        }
    }

    /** Number of documents in the committed index. */
    public int size() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the index failed: " + e.getMessage(), e);
        }
    }
}
