package org.dyadlab.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
    record Item(String text, Double value) {
    }

    @Test
    void nothingInTheJsonCanEndTheScriptElement() {
        String json = ScriptJson.write(new Item("</script><!-- & --> <SCRIPT>", 1.5));

        assertThat(json).doesNotContain("<", ">", "&").isEqualTo(
                "{\"text\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e \\u003cSCRIPT\\u003e\",\"value\":1.5}");
    }

    @Test
    void lineSeparatorsAndSurrogatesAreEscapedAndParseBack() throws Exception {
        String text = "a\u2028b\u2029c\uD800d" + new String(Character.toChars(0x1F600)) + "\u067E";
        String json = ScriptJson.write(new Item(text, null));

        assertThat(json).doesNotContain("\u2028", "\u2029", "\uD800").contains("\\ud800", "\u067E");
        Map<?, ?> back = new ObjectMapper().readValue(json, Map.class);
        assertThat(back.get("text")).isEqualTo(text);
        assertThat(back.get("value")).isNull();
    }

    @Test
    void chartValuesAreFiniteOrNull() {
        assertThat(ChartSpecs.value(Double.NaN)).isNull();
        assertThat(ChartSpecs.value(Double.NEGATIVE_INFINITY)).isNull();
        assertThat(ChartSpecs.value(-0.5)).isEqualTo(-0.5);
        assertThat(ScriptJson.write(List.of(1.0E7, 0.1))).isEqualTo("[1.0E7,0.1]");
    }
}
