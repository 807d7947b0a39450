package org.dyadlab.events.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static int check(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8.firstInvalid(b, 0, b.length);
    }

    @Test
    void wellFormedTextPasses() {
        byte[] b = "Pakistan – Zürich – 北京 – 😀".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(b, 0, b.length)).isEqualTo(-1);
        assertThat(Utf8.isAscii(b, 0, 8)).isTrue();
        assertThat(Utf8.isAscii(b, 0, b.length)).isFalse();
    }

    @Test
    void malformedSequencesAreFoundWhereTheyStart() {
        assertThat(check('a', 0xe3, 'b')).isEqualTo(1);          // Latin-1 byte
        assertThat(check('a', 0xc0, 0xaf)).isEqualTo(1);         // overlong '/'
        assertThat(check(0xed, 0xa0, 0x80)).isZero();            // surrogate
        assertThat(check(0xf4, 0x90, 0x80, 0x80)).isZero();      // above U+10FFFF
        assertThat(check('a', 'b', 0xe2, 0x82)).isEqualTo(2);    // truncated at the end
        assertThat(check(0x80)).isZero();                        // lone continuation byte
    }

    /** Agrees with the JDK's strict decoder on random byte strings (seeded, so failures reproduce). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void agreesWithTheJdkDecoder(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n = 0; n < 2_000; n++) {
            byte[] b = new byte[rnd.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (rnd.nextBoolean() ? rnd.nextInt(0x80) : 0x80 + rnd.nextInt(0x80));
            }
            boolean jdkValid;
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
                jdkValid = true;
            } catch (CharacterCodingException e) {
                jdkValid = false;
            }
            assertThat(Utf8.firstInvalid(b, 0, b.length) < 0).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(jdkValid);
        }
    }
}
