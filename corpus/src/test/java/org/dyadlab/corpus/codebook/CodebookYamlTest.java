package org.dyadlab.corpus.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingRule;
import org.junit.jupiter.api.Test;

class CodebookYamlTest {
    @Test
    void theShippedPakistanUsCodebookHasThreeFactorsAndTheirThemes() {
        Codebook b = CodebookYaml.pakUsa();
        assertThat(b.name()).isEqualTo("pak-usa");
        assertThat(b.children(null)).extracting(Code::id).containsExactly("political", "strategic", "economic");
        assertThat(b.code("economic.aid-suspension")).isPresent();
        assertThat(b.code("strategic.counter-terrorism").orElseThrow().rules())
                .extracting(CodingRule::describe).contains("phrase:safe havens", "term:terroris*");
        assertThat(b.code("economic.aid-suspension").orElseThrow().rules())
                .contains(CodingRule.near(java.util.List.of("aid", "suspen*"), 8));
        assertThat(b.codes()).allSatisfy(c -> assertThat(c.definition()).isNotEmpty());
        assertThat(CodebookYaml.read(CodebookYaml.write(b), "round trip").codebook()).contains(b);
    }

    @Test
    void everyProblemIsReportedWithWhereItIs() {
        CodebookReadResult r = CodebookYaml.read("""
                name: test
                codes:
                  - id: economic
                    defintion: misspelt
                    codes:
                      - id: Bad Id
                        definition: x
                      - id: aid
                        definition: x
                        rules:
                          near: [{words: [aid], within: 5}]
                """, "test.yaml");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.codebook()).isEmpty();
        assertThat(r.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                        .contains("code economic").contains("unknown key 'defintion'"))
                .anySatisfy(p -> assertThat(p).contains("code economic.Bad Id").contains("a code id is"))
                .anySatisfy(p -> assertThat(p).contains("code economic.aid").contains("bad rule"))
                .anySatisfy(p -> assertThat(p).startsWith("warning: code economic: has no definition"));
        assertThatThrownBy(() -> r.orThrow("test.yaml")).isInstanceOf(CodebookException.class)
                .hasMessageContaining("test.yaml is not a valid codebook");
    }

    @Test
    void brokenYamlNamesTheLine() {
        CodebookReadResult r = CodebookYaml.read("name: x\ncodes:\n  - id: a\n   bad: [\n", "t.yaml");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).startsWith("line ");
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }
}
