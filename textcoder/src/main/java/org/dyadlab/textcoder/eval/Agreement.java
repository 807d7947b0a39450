package org.dyadlab.textcoder.eval;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.textcoder.nlp.EnglishModels;
import org.dyadlab.textcoder.nlp.SentenceAnalyzer;
import org.dyadlab.textcoder.nlp.ShallowParser;

/**
 * How far the text front end agrees with the parse-tree path on the same sentences: each sentence is coded from
 * its own parse and from the front end's parse of its text, and the triples are matched one to one.
 *
 * @param sentences     sentences compared
 * @param treeEvents    events from the given parses
 * @param textEvents    events from the text
 * @param matched       events in both
 * @param sameSentences sentences whose two codings are identical (same triples)
 */
public record Agreement(int sentences, int treeEvents, int textEvents, int matched, int sameSentences) {
    /** Of the parse-tree path's events, the share the text path also codes. */
    public double recall() {
        return treeEvents == 0 ? Double.NaN : (double) matched / treeEvents;
    }

    /** Of the text path's events, the share the parse-tree path also codes. */
    public double precision() {
        return textEvents == 0 ? Double.NaN : (double) matched / textEvents;
    }

    public static Agreement of(List<ParsedSentence> sentences, EventCoder coder, EnglishModels models) {
        SentenceAnalyzer analyzer = models.analyzer();
        CodingOptions o = CodingOptions.defaults();
        int tree = 0;
        int text = 0;
        int matched = 0;
        int same = 0;
        for (ParsedSentence s : sentences) {
            List<CodedTriple> a = coder.code(s, o).triples();
            ParsedSentence fromText = new ParsedSentence(s.id(), s.date(), s.text(),
                    ShallowParser.parse(analyzer.tag(s.text())));
            List<CodedTriple> b = coder.code(fromText, o).triples();
            tree += a.size();
            text += b.size();
            List<CodedTriple> left = new ArrayList<>(a);
            int m = 0;
            for (CodedTriple t : b) {
                if (left.remove(t)) {
                    m++;
                }
            }
            matched += m;
            same += m == a.size() && m == b.size() ? 1 : 0;
        }
        return new Agreement(sentences.size(), tree, text, matched, same);
    }
}
