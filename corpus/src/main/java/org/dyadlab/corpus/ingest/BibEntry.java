package org.dyadlab.corpus.ingest;

import java.util.Locale;
import java.util.Optional;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.SourceKind;

/**
 * One entry of a bibliography.
 *
 * @param key      the citation key (BibTeX) or id (CSL-JSON); matched against a document's file name without extension
 * @param type     the entry type as written ("article", "report", "article-journal"…)
 * @param file     the file name the entry names (BibTeX {@code file} field), or null
 * @param metadata title, authors, date, publisher, URL, DOI
 * @param fields   every field as written (BibTeX names in lower case, braces removed), for exports that must
 *                 keep what the metadata normalises (a month-only date, a note, the access date)
 */
public record BibEntry(String key, String type, String file, DocumentMetadata metadata,
                       java.util.Map<String, String> fields) {
    public BibEntry(String key, String type, String file, DocumentMetadata metadata) {
        this(key, type, file, metadata, java.util.Map.of());
    }

    public BibEntry {
        fields = java.util.Map.copyOf(fields);
    }

    /** The source kind the entry type suggests, if it suggests one. */
    public Optional<SourceKind> suggestedKind() {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "article", "article-journal", "inproceedings", "incollection", "book", "chapter", "phdthesis",
                 "mastersthesis", "thesis", "paper-conference" -> Optional.of(SourceKind.ACADEMIC);
            case "report", "techreport" -> Optional.of(SourceKind.POLICY_DOCUMENT);
            case "article-newspaper", "article-magazine" -> Optional.of(SourceKind.NEWS);
            case "speech" -> Optional.of(SourceKind.SPEECH);
            case "dataset" -> Optional.of(SourceKind.DATASET);
            case "post", "post-weblog" -> Optional.of(SourceKind.SOCIAL_POST);
            default -> Optional.empty();
        };
    }
}
