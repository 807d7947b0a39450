package org.dyadlab.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The coder never throws, whatever shape the parse has: random trees over the test dictionaries' words (actors,
 * agents, verbs, "by", "not", "and", commas, possessives), seeded so a failure can be replayed.
 */
class RandomTreesTest {
    private static final String[] PHRASES = {"S", "NP", "NP", "NP", "VP", "VP", "PP", "SBAR", "ADJP", "ADVP", "PRT"};
    private static final String[][] LEAVES = {
        {"NNP", "Pakistan"}, {"NNP", "India"}, {"NNP", "Washington"}, {"NNP", "Kashmir"}, {"NNP", "Valley"},
        {"NNS", "police"}, {"NN", "minister"}, {"NNS", "students"}, {"NN", "aid"}, {"JJ", "military"},
        {"JJ", "Pakistani"}, {"VBD", "accused"}, {"VBN", "accused"}, {"VBD", "was"}, {"VBZ", "has"},
        {"VBN", "been"}, {"VBD", "met"}, {"VB", "turn"}, {"VBD", "turned"}, {"RP", "down"}, {"VBD", "pledged"},
        {"VBD", "did"}, {"RB", "not"}, {"RB", "never"}, {"IN", "by"}, {"IN", "for"}, {"IN", "of"},
        {"TO", "to"}, {"CC", "and"}, {",", ","}, {":", ":"}, {"POS", "'s"}, {"DT", "the"}, {"MD", "will"},
        {"NNS", "talks"}, {"NNS", "weapons"}, {"NN", "deal"}, {"NN", "trade"}, {".", "."}};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomTreesAreCodedWithoutAnException(long seed) {
        Random random = new Random(seed);
        EventCoder coder = new EventCoder(TestDictionaries.load());
        List<CodingOptions> options = List.of(CodingOptions.defaults(),
                CodingOptions.defaults().with("require_dyad", "false").with("new_actor_length", "3")
                        .with("comma_bmax", "5").with("comma_max", "0"));
        for (int i = 0; i < 400; i++) {
            String parse = "(ROOT " + tree(random, 0) + ")";
            for (CodingOptions o : options) {
                SentenceCoding c = coder.code(new ParsedSentence("R" + seed + "_" + i, LocalDate.of(2015, 3, 1),
                        "random", parse), o);
                assertThat(c.outcome()).as(parse).isIn(SentenceCoding.Outcome.CODED, SentenceCoding.Outcome.DATELINE);
            }
        }
    }

    private static String tree(Random r, int depth) {
        if (depth > 6 || (depth > 1 && r.nextInt(3) == 0)) {
            String[] leaf = LEAVES[r.nextInt(LEAVES.length)];
            return "(" + leaf[0] + " " + leaf[1] + ")";
        }
        StringBuilder b = new StringBuilder("(").append(PHRASES[r.nextInt(PHRASES.length)]);
        int children = 1 + r.nextInt(4);
        for (int k = 0; k < children; k++) {
            b.append(' ').append(tree(r, depth + 1));
        }
        return b.append(')').toString();
    }
}
