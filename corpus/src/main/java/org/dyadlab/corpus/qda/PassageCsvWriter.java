package org.dyadlab.corpus.qda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.store.CorpusStore;

/**
 * Coded passages as RFC 4180 CSV, one row per passage, for R, pandas or a spreadsheet. The page is the 1-based
 * page of the passage's start in its document version. Quotes are written as they are (the CSV quoting keeps
 * commas, quotes and line breaks); nothing in them is interpreted.
 */
public final class PassageCsvWriter {
    public static final List<String> COLUMNS = List.of("passage_id", "document_id", "version", "start", "end", "page",
            "code", "coder", "origin", "rule", "created_at", "quote");

    private PassageCsvWriter() {
    }

    public static void write(List<Passage> passages, CorpusStore corpus, Writer out) {
        Map<String, DocumentVersion> versions = new HashMap<>();
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
            for (Passage p : passages) {
                DocumentVersion v = versions.computeIfAbsent(p.documentId() + "@" + p.version(),
                        k -> corpus.version(p.documentId(), p.version()).orElse(null));
                csv.printRecord(p.id(), p.documentId(), p.version(), p.span().start(), p.span().end(),
                        v == null ? "" : v.pageAt(p.span().start()), p.codeId(), p.coder(), p.origin().key(),
                        p.rule() == null ? "" : p.rule(), p.createdAt().toString(), p.quote());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing passages failed: " + e.getMessage(), e);
        }
    }
}
