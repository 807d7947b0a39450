package org.dyadlab.spark.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyadlab.spark.InputFile;
import org.dyadlab.textcoder.TextProblem;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.DocumentKind;
import org.dyadlab.textcoder.text.DocumentReadOptions;
import org.dyadlab.textcoder.text.DocumentReaders;
import org.dyadlab.textcoder.text.Normalized;
import org.dyadlab.textcoder.text.TextCleaner;
import org.dyadlab.textcoder.text.TextDocument;

/**
 * Reads a partition's input files on an executor with the text coder's own readers ({@link DocumentReaders}, as
 * {@code dyadlab code text} does): a row per item, numbered in the file's order, with the hash of the document's
 * cleaned, normalised text (what {@code TextCodingRun} checks for re-publications). A file is read whole, as the
 * embedded run reads it; a file that cannot be read at all fails the task with a message naming it.
 */
final class ReadDocumentsTask implements FlatMapFunction<Iterator<InputFile>, Row> {
    private static final long serialVersionUID = 1L;

    private final DocumentReadOptions options;

    ReadDocumentsTask(DocumentReadOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> files) {
        List<Row> rows = new ArrayList<>();
        while (files.hasNext()) {
            InputFile f = files.next();
            long[] record = {0};
            DocumentReaders.read(Path.of(f.path()), options.withKind(DocumentKind.ofKey(f.format())),
                    in -> rows.add(row(f.index(), record[0]++, in)));
        }
        return rows.iterator();
    }

    private static Row row(int fileIndex, long record, DocumentInput in) {
        TextDocument d = in.document();
        if (d == null) {
            TextProblem p = in.problem();
            return RowFactory.create(fileIndex, record, in.where(), p.documentId(), null, null, null, null, null, null,
                    null, p.kind().name(), p.detail());
        }
        String hash = Normalized.hash(TextCleaner.clean(d.text()));
        boolean words = !Normalized.of(d.text()).isEmpty();
        return RowFactory.create(fileIndex, record, in.where(), d.id(), d.date(), d.datePrecision().key(), d.text(),
                d.url(), d.speaker(), hash, words, null, null);
    }
}
