package org.dyadlab.textcoder.eval;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.coder.eval.SuiteFile;
import org.dyadlab.coder.eval.SuiteItem;
import org.dyadlab.coder.eval.SuiteRecord;
import org.dyadlab.textcoder.nlp.EnglishModels;
import org.dyadlab.textcoder.nlp.SentenceAnalyzer;
import org.dyadlab.textcoder.nlp.ShallowParser;

/**
 * The PETRARCH unit-test suite on raw text: each record's {@code <Parse>} replaced by the front end's parse of
 * its {@code <Text>}, everything else (expected events, options, order) kept, so the suite's own scoring
 * compares the text front end with the parse-tree path.
 */
public final class RawTextSuite {
    private RawTextSuite() {
    }

    public static SuiteFile of(SuiteFile suite, EnglishModels models) {
        SentenceAnalyzer analyzer = models.analyzer();
        List<SuiteItem> items = new ArrayList<>(suite.items().size());
        for (SuiteItem item : suite.items()) {
            if (item instanceof SuiteRecord r) {
                String parse = ShallowParser.parse(analyzer.tag(r.text().strip().replaceAll("\\s+", " ")));
                items.add(new SuiteRecord(r.id(), r.category(), r.date(), r.valid(), r.text(), parse, r.expected(),
                        r.error(), r.line()));
            } else {
                items.add(item);
            }
        }
        return new SuiteFile(suite.verbFile(), suite.actorFile(), suite.agentFile(), suite.discardFile(),
                suite.include(), suite.validOnly(), suite.exclude(), suite.environment(), items);
    }
}
