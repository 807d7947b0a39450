package org.dyadlab.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON that is safe inside an HTML {@code <script type="application/json">} element: besides JSON's own escapes,
 * {@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, so no string can
 * close the element ({@code </script>}) or open a comment; U+2028, U+2029 and surrogates (so that an unpaired one
 * survives the UTF-8 file) are escaped too. The page's script
 * reads it with {@code JSON.parse}, which undoes these escapes.
 */
final class ScriptJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ScriptJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writer().with(new HtmlSafeEscapes()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data could not be written as JSON: " + e.getMessage(), e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table;

        HtmlSafeEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return switch (c) {
                case '<' -> new SerializedString("\\u003c");
                case '>' -> new SerializedString("\\u003e");
                case '&' -> new SerializedString("\\u0026");
                default -> c == 0x2028 || c == 0x2029 || Character.isSurrogate((char) c)
                        ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", c)) : null;
            };
        }
    }
}
