package org.dyadlab.textcoder.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: bytes that are not UTF-8 are reported with their position, not replaced silently. */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** The decoded text, or null when the bytes are not UTF-8; {@code error[0]} then says where. */
    public static String decode(byte[] bytes, int offset, int length, String[] error) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        try {
            CharBuffer out = d.decode(in);
            String s = out.toString();
            return !s.isEmpty() && s.charAt(0) == '\ufeff' ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            error[0] = "byte " + (in.position() - offset) + " starts no UTF-8 character";
            return null;
        } catch (CharacterCodingException e) {
            error[0] = e.toString();
            return null;
        }
    }
}
