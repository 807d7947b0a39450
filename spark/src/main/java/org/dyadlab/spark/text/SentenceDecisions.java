package org.dyadlab.spark.text;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyadlab.textcoder.Republications;

/**
 * Flags the events of sentences already coded from another document within the window, as {@code TextCodingRun}
 * drops them. The partition holds whole groups of event rows with the same sentence hash, each group in input
 * order (file, record, event), and the rule only compares sentences with the same hash, so replaying the run's
 * calls group by group ({@link Republications#sentenceSeen}) gives the run's answer: the first event of a sentence
 * that another document had within the window drops the sentence's events; otherwise the sentence is remembered.
 */
final class SentenceDecisions implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    private final int windowDays;

    SentenceDecisions(int windowDays) {
        this.windowDays = windowDays;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> events) {
        return new Iterator<>() {
            private String hash;
            private Republications republications;
            private Set<String> dropped;

            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public Row next() {
                Row e = events.next();
                String h = e.getAs("sentence_hash");
                if (!h.equals(hash)) {
                    hash = h;
                    republications = new Republications(windowDays);
                    dropped = new HashSet<>();
                }
                String sentence = e.getAs("file_index") + ":" + e.getAs("record") + ":" + e.getAs("sentence");
                LocalDate date = e.getAs("sentence_date");
                boolean republished = dropped.contains(sentence);
                if (!republished && republications.sentenceSeen(e.getAs("document_id"), h, date)) {
                    republished = true;
                    dropped.add(sentence);
                }
                Object[] values = new Object[e.length() + 1];
                for (int i = 0; i < e.length(); i++) {
                    values[i] = e.get(i);
                }
                values[e.length()] = republished;
                return RowFactory.create(values);
            }
        };
    }
}
