package org.dyadlab.textcoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.Normalized;
import org.dyadlab.textcoder.text.TextCleaner;
import org.dyadlab.textcoder.text.TextDocument;

/**
 * A run over many documents: skips those an earlier run recorded ({@code done}), records re-published ones
 * without coding them, codes the rest (in parallel, a batch at a time), drops events of sentences already coded
 * from another document within the window, and hands each document's events to a {@link Sink} — which commits
 * them with the document's record, a batch at a time, so an interrupted run loses at most the open batch and
 * codes nothing twice when started again.
 */
public final class TextCodingRun {
    /** Where a run's results go (the workspace store, a file). */
    public interface Sink {
        /** One document's outcome: its events (converted or not), or the document it re-publishes. */
        void document(TextDocument document, DocumentCoding coding, List<TextEventConverter.Conversion> events,
                      String republishedOf);

        /** Makes everything handed over so far durable. */
        void commit();
    }

    /** Told after each batch: documents handled so far (of {@code total}, -1 if unknown) and events kept. */
    public interface Progress {
        void progress(long documents, long total, long events);
    }

    private final TextCoder coder;
    private final TextEventConverter converter;
    private final Republications republications;
    private final Set<String> done;
    private final Sink sink;
    private final int batchSize;
    private final Summary summary = new Summary();
    private final List<TextDocument> batch = new ArrayList<>();
    private Progress progress = (d, t, e) -> { };
    private long total = -1;

    /**
     * @param done      keys ({@link #key}) of documents already coded by earlier runs
     * @param batchSize documents per commit
     */
    public TextCodingRun(TextCoder coder, TextEventConverter converter, Republications republications,
                         Set<String> done, Sink sink, int batchSize) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.converter = Objects.requireNonNull(converter, "converter");
        this.republications = Objects.requireNonNull(republications, "republications");
        this.done = Objects.requireNonNull(done, "done");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.batchSize = batchSize;
    }

    public TextCodingRun onProgress(Progress p, long totalDocuments) {
        this.progress = Objects.requireNonNull(p, "p");
        this.total = totalDocuments;
        return this;
    }

    /** The key under which a document is recorded as coded: its id and content hash. */
    public static String key(String documentId, String contentHash) {
        return documentId + "\u001f" + contentHash;
    }

    /** Takes one input item; documents are coded when a batch is full. */
    public void accept(DocumentInput input) {
        summary.read++;
        if (input.problem() != null) {
            summary.problems.add(input.problem());
            summary.skipped++;
            return;
        }
        batch.add(input.document());
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Codes what is left and returns the run's summary. */
    public Summary finish() {
        flush();
        return summary;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<TextDocument> toCode = new ArrayList<>();
        Map<TextDocument, String> republished = new LinkedHashMap<>();
        Map<TextDocument, String> hashes = new LinkedHashMap<>();
        for (TextDocument d : batch) {
            String hash = Normalized.hash(TextCleaner.clean(d.text()));
            hashes.put(d, hash);
            if (!done.add(key(d.id(), hash))) {
                summary.resumed++;
                continue;
            }
            Optional<String> original = Normalized.of(d.text()).isEmpty() ? Optional.empty()
                    : republications.originalOf(d.id(), hash, d.date());
            republications.remember(d.id(), hash, d.date());
            if (original.isPresent()) {
                republished.put(d, original.get());
            } else {
                toCode.add(d);
            }
        }
        List<DocumentCoding> codings = toCode.parallelStream().map(coder::code).toList();
        for (Map.Entry<TextDocument, String> r : republished.entrySet()) {
            TextDocument d = r.getKey();
            summary.republished++;
            sink.document(d, new DocumentCoding(d.id(), hashes.get(d), 0, 0, List.of(), List.of()), List.of(),
                    r.getValue());
        }
        for (int i = 0; i < toCode.size(); i++) {
            TextDocument d = toCode.get(i);
            DocumentCoding c = codings.get(i);
            handle(d, c);
        }
        sink.commit();
        batch.clear();
        progress.progress(summary.read, total, summary.events);
    }

    private void handle(TextDocument d, DocumentCoding c) {
        summary.problems.addAll(c.problems());
        if (c.skipped()) {
            summary.skipped++;
        } else {
            summary.coded++;
        }
        summary.sentences += c.sentences();
        List<TextEventConverter.Conversion> kept = new ArrayList<>();
        Set<Integer> repeatedSentences = new java.util.HashSet<>();
        for (TextEvent e : c.events()) {
            if (repeatedSentences.contains(e.sentenceIndex())
                    || republications.sentenceSeen(d.id(), e.sentenceHash(), e.date().date())) {
                if (repeatedSentences.add(e.sentenceIndex())) {
                    summary.republishedSentences++;
                }
                continue;
            }
            TextEventConverter.Conversion conv = converter.convert(e);
            if (conv.event() == null) {
                summary.unconvertible.merge(conv.reason(), 1, Integer::sum);
            } else {
                summary.events++;
            }
            kept.add(conv);
        }
        sink.document(d, c, kept, null);
    }

    /** What a run did. */
    public static final class Summary {
        long read;
        long coded;
        long skipped;
        long resumed;
        long republished;
        long republishedSentences;
        long sentences;
        long events;
        final List<TextProblem> problems = new ArrayList<>();
        final Map<String, Integer> unconvertible = new LinkedHashMap<>();

        /** Items read (documents and unreadable records). */
        public long read() {
            return read;
        }

        /** Documents coded. */
        public long coded() {
            return coded;
        }

        /** Documents and records skipped for bad input. */
        public long skipped() {
            return skipped;
        }

        /** Documents an earlier run (or an earlier record of this run, with the same id and text) had coded. */
        public long resumed() {
            return resumed;
        }

        /** Documents repeating an earlier one within the window (recorded, not coded). */
        public long republished() {
            return republished;
        }

        /** Sentences whose events were dropped as already coded from another document. */
        public long republishedSentences() {
            return republishedSentences;
        }

        public long sentences() {
            return sentences;
        }

        /** Events that became store events. */
        public long events() {
            return events;
        }

        public List<TextProblem> problems() {
            return List.copyOf(problems);
        }

        /** Events whose code is not CAMEO, by reason. */
        public Map<String, Integer> unconvertible() {
            return Map.copyOf(unconvertible);
        }
    }
}
