package org.dyadlab.web.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.web.data.Json.SpanJson;

/** The records of the corpus views: search, documents, passages, memos, codebook, agreement. */
public final class CorpusJson {
    private CorpusJson() {
    }

    /** A snippet of a hit: its span in the document, its text, the matched words as document spans. */
    public record SnippetJson(int start, int end, String text, List<SpanJson> highlights) {
    }

    public record HitJson(String documentId, int version, String title, String kind, String side, LocalDate date,
                          float score, List<SnippetJson> snippets) {
    }

    public record SearchJson(String query, long total, List<HitJson> hits) {
    }

    /** A document's description; url is null unless it is an http(s) address. */
    public record DocumentInfoJson(String id, String title, String kind, String side, LocalDate date,
                                   List<String> authors, String publisher, String url, String doi, int currentVersion) {
    }

    public record DocumentListJson(long total, long offset, int limit, List<DocumentInfoJson> documents) {
    }

    /** A passage; current is false when it was coded on an older version of its document. */
    public record PassageJson(long id, String documentId, int version, int start, int end, String code,
                              String codeName, String coder, String origin, String rule, String quote,
                              Instant createdAt, boolean current) {
    }

    public record MemoJson(long id, String target, String targetId, String author, String text, Instant createdAt) {
    }

    /**
     * A document with a window of its current text ([start, end) of chars characters) and its passages and memos.
     */
    public record DocumentJson(DocumentInfoJson document, int version, String mediaType, int chars, int start,
                               int end, String text, List<SpanJson> paragraphs, List<PassageJson> passages,
                               List<MemoJson> memos) {
    }

    public record CodeJson(String id, String name, String parentId, int depth, String definition, String include,
                           String exclude) {
    }

    public record CodebookJson(String name, String title, List<CodeJson> codes) {
    }

    /** A 2×2 table and its statistics (null where undefined). */
    public record StatsJson(long both, long onlyA, long onlyB, long neither, long units, Double percentAgreement,
                            Double cohensKappa, Double krippendorffAlpha) {
    }

    public record CodeAgreementJson(String code, StatsJson allUnits, StatsJson codedUnits) {
    }

    public record AgreementJson(String coderA, String coderB, List<String> documents, long units, long codedUnits,
                                List<CodeAgreementJson> codes, StatsJson overallAll, StatsJson overallCoded,
                                int skippedPassages) {
    }

    /** What an upload did to each file: added, new version, unchanged, duplicate or failed. */
    public record IngestJson(String file, String status, String documentId, int version, String message) {
    }
}
