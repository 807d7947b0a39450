package org.dyadlab.spark.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.EventSpan;
import org.dyadlab.spark.EventRows;
import org.dyadlab.textcoder.DocumentCoding;
import org.dyadlab.textcoder.Republications;
import org.dyadlab.textcoder.TextCoder;
import org.dyadlab.textcoder.TextEvent;
import org.dyadlab.textcoder.TextEventConverter;
import org.dyadlab.textcoder.TextProblem;
import org.dyadlab.textcoder.text.TextDocument;

/**
 * Decides and codes a partition's documents on an executor. The partition holds whole groups of documents with the
 * same content hash, each group in input order, so the decisions of {@code TextCodingRun} can be replayed group by
 * group with its own classes and give the same answer: a document whose id and text an earlier record had is
 * {@code resumed} (coded once); one whose text another document dated within the window had is {@code republished}
 * (recorded, not coded); the rest are coded with {@link TextCoder} — made once per task, on the first document to
 * code — and their events converted with {@link TextEventConverter}. Whether a sentence was already coded from
 * another document is decided later, across partitions ({@link SentenceDecisions}).
 */
final class CodeDocumentsTask implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    private final TextCodingSettings settings;

    CodeDocumentsTask(TextCodingSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        Decisions decisions = new Decisions();
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!documents.hasNext()) {
                        return false;
                    }
                    current = decisions.handle(documents.next()).iterator();
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The state of one task: the group being decided, and the coder once made. */
    private final class Decisions {
        private String hash;
        private Set<String> ids;
        private Republications republications;
        private TextCoder coder;
        private TextEventConverter converter;

        List<Row> handle(Row d) {
            if (d.getAs("problem_kind") != null) {
                return List.of(new TextRows.Coded(TextRows.INPUT_PROBLEM, d).set("sentence", -1)
                        .set("problem_kind", d.getAs("problem_kind")).set("detail", d.getAs("detail")).row());
            }
            String h = d.getAs("content_hash");
            if (!h.equals(hash)) {
                hash = h;
                ids = new HashSet<>();
                republications = new Republications(settings.windowDays());
            }
            String id = d.getAs("document_id");
            LocalDate date = d.getAs("document_date");
            TextRows.Coded document = new TextRows.Coded(TextRows.DOCUMENT, d).set("content_hash", h)
                    .set("sentences", 0).set("skipped", false);
            if (!ids.add(id)) {
                return List.of(document.set("status", TextRows.RESUMED).row());
            }
            boolean words = d.getAs("has_words");
            Optional<String> original = words ? republications.originalOf(id, h, date) : Optional.empty();
            republications.remember(id, h, date);
            if (original.isPresent()) {
                return List.of(document.set("status", TextRows.REPUBLISHED).set("republished_of", original.get()).row());
            }
            return code(d, id, date, document);
        }

        private List<Row> code(Row d, String id, LocalDate date, TextRows.Coded document) {
            if (coder == null) {
                coder = settings.coder();
                converter = settings.converter();
            }
            TextDocument doc = new TextDocument(id, date, DatePrecision.ofKey(d.getAs("date_precision")),
                    d.getAs("text"), d.getAs("url"), d.getAs("speaker"));
            DocumentCoding c = coder.code(doc);
            List<Row> out = new ArrayList<>(1 + c.problems().size() + c.events().size());
            out.add(document.set("status", TextRows.CODE).set("content_hash", c.contentHash())
                    .set("sentences", c.sentences()).set("skipped", c.skipped()).row());
            for (TextProblem p : c.problems()) {
                out.add(new TextRows.Coded(TextRows.PROBLEM, d).set("sentence", p.sentence())
                        .set("problem_kind", p.kind().name()).set("detail", p.detail()).row());
            }
            int seq = 0;
            for (TextEvent e : c.events()) {
                TextEventConverter.Conversion conv = converter.convert(e);
                TextRows.Coded row = new TextRows.Coded(TextRows.EVENT, d).set("event_seq", seq++)
                        .set("sentence", e.sentenceIndex()).set("sentence_hash", e.sentenceHash())
                        .set("sentence_date", e.date().date()).set("triple", e.triple().toString())
                        .set("detail", conv.reason()).set("spans", spans(conv));
                if (conv.event() != null) {
                    row.event(EventRows.values(conv.event()));
                }
                out.add(row.row());
            }
            return out;
        }
    }

    /** The conversion's matched words, as the Scala sequence Spark takes for an array column. */
    private static scala.collection.immutable.Seq<Row> spans(TextEventConverter.Conversion conv) {
        List<Row> spans = new ArrayList<>(3);
        for (EventSpan s : conv.spans()) {
            spans.add(RowFactory.create(s.role(), s.start(), s.end()));
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(spans).toList();
    }
}
