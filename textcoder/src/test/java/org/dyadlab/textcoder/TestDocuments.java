package org.dyadlab.textcoder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.TextDocument;

/** Short documents the tiny coder ({@link TestCoders#tiny}) codes into one event each, a day apart. */
final class TestDocuments {
    static final LocalDate DAY = LocalDate.of(2018, 1, 2);

    private TestDocuments() {
    }

    /** {@code doc-0} … {@code doc-<n-1>}, dated {@link #DAY} onwards, each with one codable sentence. */
    static List<DocumentInput> documents(int n) {
        List<DocumentInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = (i % 2 == 0 ? "Pakistan condemned India " : "India condemned Afghanistan ") + "over case " + i
                    + ". Officials met.";
            out.add(DocumentInput.of(TextDocument.of("doc-" + i, DAY.plusDays(i), text), "test"));
        }
        return out;
    }

    /** Hands {@link #documents documents(n)} to the run and finishes it. */
    static TextCodingRun.Summary codeAll(TextCodingRun run, int n) {
        documents(n).forEach(run::accept);
        return run.finish();
    }
}
