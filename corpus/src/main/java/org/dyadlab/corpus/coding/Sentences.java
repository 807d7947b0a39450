package org.dyadlab.corpus.coding;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.TextSpan;

/**
 * The sentences of a document version: the JDK's English sentence breaks inside each paragraph (a paragraph
 * break always ends a sentence), white space trimmed. Sentences are the units rule coding codes and agreement
 * compares.
 */
public final class Sentences {
    private Sentences() {
    }

    public static List<TextSpan> of(DocumentVersion v) {
        List<TextSpan> paragraphs = v.paragraphs().isEmpty() ? List.of(new TextSpan(0, v.text().length()))
                : v.paragraphs();
        List<TextSpan> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String text = v.text();
        for (TextSpan p : paragraphs) {
            it.setText(text.substring(p.start(), p.end()));
            int s = it.first();
            for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                int a = p.start() + s;
                int b = p.start() + e;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    out.add(new TextSpan(a, b));
                }
            }
        }
        return out;
    }
}
