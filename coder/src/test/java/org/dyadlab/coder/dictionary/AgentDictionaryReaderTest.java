package org.dyadlab.coder.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentDictionaryReaderTest {
    @TempDir
    Path dir;

    private static String agent(AgentDictionary d, String phrase) {
        PhraseIndex.Match<AgentCode> m = d.matchAt(List.of(phrase.split(" ")), 0);
        return m == null ? null : m.entry().value().toString();
    }

    @Test
    void pluralsSubstitutionsAndCodePositions() throws Exception {
        Path f = dir.resolve("agents.txt");
        Files.write(f, List.of("!PERSON! = MAN, MEN", "MINISTER [~GOV]", "AUTHORITY [~GOV]", "POLICE {} [ ~COP]",
                "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]", "CONGRESS!PERSON! [~LEG]", "MSF {} [NGO~]", "BROKEN [GOV]",
                "NOCODE", "CLERGY!NOSET! [~REL]"));
        AgentDictionaryReader r = new AgentDictionaryReader();
        AgentDictionary d = r.read(f);
        assertThat(agent(d, "MINISTERS")).isEqualTo("~GOV");
        assertThat(agent(d, "AUTHORITIES")).isEqualTo("~GOV");
        assertThat(agent(d, "POLICES")).isNull();
        assertThat(agent(d, "GOLDEN GEESE")).isEqualTo("~GGS");
        assertThat(agent(d, "GOLDEN GOOSES")).isNull();
        assertThat(agent(d, "CONGRESSMEN")).isEqualTo("~LEG");
        assertThat(agent(d, "MSF")).isEqualTo("NGO~");
        assertThat(r.problems()).extracting(DictionaryProblem::line).containsExactly(8, 9, 10);
    }
}
