package org.dyadlab.coder.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TreebankReaderTest {
    @Test
    void readsCoreNlpLayoutOverSeveralLines() throws Exception {
        ParseNode root = TreebankReader.read("(ROOT (S  \n  (NP (NNP Arnor)\n  )\n  (VP (VBD left)) (. .)))");
        assertThat(root.label()).isEqualTo("ROOT");
        assertThat(root.children().get(0).label()).isEqualTo("S");
        assertThat(root.leaves()).extracting(ParseNode::word).containsExactly("Arnor", "left", ".");
        assertThat(root.leaves()).extracting(ParseNode::position).containsExactly(0, 1, 2);
        assertThat(root.leaves().get(0).parent().label()).isEqualTo("NP");
    }

    @Test
    void readsTheUnlabelledGigawordTopAsRoot() throws Exception {
        ParseNode root = TreebankReader.read("( (S (NP (NNP Arnor)) (VP (VBD left))))");
        assertThat(root.label()).isEqualTo("ROOT");
        assertThat(root.toString()).isEqualTo("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
    }

    @Test
    void refusesUnbalancedOrEmptyParses() {
        assertThatThrownBy(() -> TreebankReader.read("(ROOT (S (NP (NNP Arnor))")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> TreebankReader.read("(ROOT (S (NP (NNP Arnor)))))"))
                .hasMessageContaining("closes nothing");
        assertThatThrownBy(() -> TreebankReader.read("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> TreebankReader.read("(ROOT (NNP two words))")).hasMessageContaining("more than one");
        assertThatThrownBy(() -> TreebankReader.read("word (S)")).isInstanceOf(MalformedParseException.class);
    }
}
