package org.dyadlab.spark.text;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyadlab.spark.EventRows;

/**
 * The rows of the text-coding job. {@link #DOCUMENTS}: one per item read (a document, or a record that could not be
 * read), in input order by ({@code file_index}, {@code record}). {@link #CODED}: what coding gave, several kinds of row
 * in one table so that the documents are coded once — {@code document} (what happened to a document: coded,
 * resumed, re-published), {@code input_problem} (a record that is no document), {@code problem} (a document or
 * sentence the coder skipped or noted), {@code event} (a coded event, converted to the event schema's columns or
 * with the reason it could not be). {@link #FLAGGED}: the event rows with their re-published-sentence flag.
 */
final class TextRows {
    static final String INPUT_PROBLEM = "input_problem";
    static final String DOCUMENT = "document";
    static final String PROBLEM = "problem";
    static final String EVENT = "event";

    static final String CODE = "code";
    static final String RESUMED = "resumed";
    static final String REPUBLISHED = "republished";

    static final StructType DOCUMENTS = new StructType()
            .add("file_index", DataTypes.IntegerType, false)
            .add("record", DataTypes.LongType, false)
            .add("where", DataTypes.StringType)
            .add("document_id", DataTypes.StringType)
            .add("document_date", DataTypes.DateType)
            .add("date_precision", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("speaker", DataTypes.StringType)
            .add("content_hash", DataTypes.StringType)
            .add("has_words", DataTypes.BooleanType)
            .add("problem_kind", DataTypes.StringType)
            .add("detail", DataTypes.StringType);

    static final StructType SPAN = new StructType()
            .add("role", DataTypes.StringType, false)
            .add("span_start", DataTypes.IntegerType, false)
            .add("span_end", DataTypes.IntegerType, false);

    static final StructType CODED = coded();

    static final StructType FLAGGED = CODED.add("republished", DataTypes.BooleanType, false);

    private static final Map<String, Integer> CODED_INDEX = new HashMap<>();

    static {
        for (int i = 0; i < CODED.size(); i++) {
            CODED_INDEX.put(CODED.fields()[i].name(), i);
        }
    }

    private TextRows() {
    }

    private static StructType coded() {
        StructType t = new StructType()
                .add("kind", DataTypes.StringType, false)
                .add("file_index", DataTypes.IntegerType, false)
                .add("record", DataTypes.LongType, false)
                .add("where", DataTypes.StringType)
                .add("document_id", DataTypes.StringType)
                .add("document_date", DataTypes.DateType)
                .add("status", DataTypes.StringType)
                .add("republished_of", DataTypes.StringType)
                .add("content_hash", DataTypes.StringType)
                .add("sentences", DataTypes.IntegerType)
                .add("skipped", DataTypes.BooleanType)
                .add("sentence", DataTypes.IntegerType)
                .add("problem_kind", DataTypes.StringType)
                .add("detail", DataTypes.StringType)
                .add("event_seq", DataTypes.IntegerType)
                .add("sentence_hash", DataTypes.StringType)
                .add("sentence_date", DataTypes.DateType)
                .add("triple", DataTypes.StringType)
                .add("spans", DataTypes.createArrayType(SPAN, false));
        for (StructField f : EventRows.EVENTS.fields()) {
            DataType type = f.dataType();
            t = t.add(f.name(), type, true);
        }
        return t;
    }

    /** A row of {@link #CODED} under construction: columns set by name, the rest null. */
    static final class Coded {
        private final Object[] values = new Object[CODED.size()];

        Coded(String kind, Row document) {
            set("kind", kind);
            set("file_index", document.getAs("file_index"));
            set("record", document.getAs("record"));
            set("where", document.getAs("where"));
            set("document_id", document.getAs("document_id"));
            set("document_date", document.getAs("document_date"));
        }

        Coded set(String column, Object value) {
            Integer i = CODED_INDEX.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            values[i] = value;
            return this;
        }

        /** Sets the event schema's columns from {@code eventValues} ({@link EventRows#values}). */
        Coded event(Object[] eventValues) {
            int first = CODED_INDEX.get(EventRows.EVENTS.fields()[0].name());
            System.arraycopy(eventValues, 0, values, first, eventValues.length);
            return this;
        }

        Row row() {
            return RowFactory.create(values.clone());
        }
    }
}
