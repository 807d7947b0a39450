package org.dyadlab.textcoder.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.coder.eval.SuiteFile;
import org.dyadlab.coder.eval.SuiteReader;
import org.dyadlab.coder.eval.SuiteReport;
import org.dyadlab.coder.eval.SuiteRunner;
import org.dyadlab.textcoder.Models;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH unit-test suite coded from the raw text of its records (the text front end) beside the same suite
 * coded from its parse trees. The floor is the raw-text pass count when last measured; it may only rise. The goal
 * of issue 5: within 10 points of the parse-tree path.
 */
@SharedDataTest
class RawTextSuiteTest {
    /** Records passed from raw text when last measured (of 284); raise it when the front end improves. */
    static final int FLOOR = 251;

    @Test
    void rawTextPassesAtLeastTheFloorWithinTenPointsOfTheParseTreePath() {
        Path file = SharedData.resolve("petrarch2/validation/PETR.UnitTest.records.xml");
        SuiteFile suite = SuiteReader.read(file);
        Path dir = file.getParent();
        Dictionaries d = new DictionaryFiles(dir.resolve(suite.verbFile()), List.of(dir.resolve(suite.actorFile())),
                dir.resolve(suite.agentFile()), dir.resolve(suite.discardFile()), null).load(false);
        SuiteRunner runner = new SuiteRunner(new EventCoder(d));
        SuiteReport trees = runner.run(suite, CodingOptions.defaults());
        SuiteReport text = runner.run(RawTextSuite.of(suite, Models.english()), CodingOptions.defaults());
        assertThat(text.records()).isEqualTo(284);
        assertThat(text.crashes()).isZero();
        assertThat(text.passed()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(100.0 * (trees.passed() - text.passed()) / text.records()).isLessThanOrEqualTo(10.0);
    }
}
