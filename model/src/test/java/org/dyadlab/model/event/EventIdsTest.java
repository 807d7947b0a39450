package org.dyadlab.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventIdsTest {

    @Test
    void originalIdIsPrefixedWithTheNamespace() {
        assertThat(EventIds.of("gdelt", "410412347")).isEqualTo("gdelt:410412347");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    @NullSource
    void blankOriginalIdIsRefused(String id) {
        assertThatThrownBy(() -> EventIds.of("icews", id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashedIdIsStableForTheSameParts() {
        String a = EventIds.hashed("coder", "2018-01-01", "USA", "PAK", "112");
        String b = EventIds.hashed("coder", "2018-01-01", "USA", "PAK", "112");
        assertThat(a).isEqualTo(b).matches("coder:h[0-9a-f]{20}");
    }

    /** A fixed value: a change of algorithm would re-key every stored event and must be noticed. */
    @Test
    void hashedIdIsSha256OfThePartsJoinedByUnitSeparator() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest("a\u001fb".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String expected = "x:h" + java.util.HexFormat.of().formatHex(digest, 0, 10);
        assertThat(EventIds.hashed("x", "a", "b")).isEqualTo(expected);
    }

    @Test
    void hashedIdChangesWhenAnyPartChanges() {
        String base = EventIds.hashed("coder", "2018-01-01", "USA", "PAK", "112");
        assertThat(EventIds.hashed("coder", "2018-01-02", "USA", "PAK", "112")).isNotEqualTo(base);
        assertThat(EventIds.hashed("coder", "2018-01-01", "PAK", "USA", "112")).isNotEqualTo(base);
        assertThat(EventIds.hashed("coder", "2018-01-01", "USA", "PAK", "111")).isNotEqualTo(base);
        assertThat(EventIds.hashed("other", "2018-01-01", "USA", "PAK", "112")).isNotEqualTo(base);
    }

    @Test
    void hashedIdDependsOnWhereThePartsAreSplit() {
        assertThat(EventIds.hashed("n", "ab", "c")).isNotEqualTo(EventIds.hashed("n", "a", "bc"));
        assertThat(EventIds.hashed("n", "abc")).isNotEqualTo(EventIds.hashed("n", "ab", "c"));
        assertThat(EventIds.hashed("n", "a", "")).isNotEqualTo(EventIds.hashed("n", "a"));
    }

    /** Property-style: distinct part lists from a seeded generator give distinct ids. */
    @Test
    void seededRandomPartListsGiveDistinctIds() {
        Random random = new Random(20240601L);
        Set<String> parts = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String[] p = {Integer.toString(random.nextInt(50)), Integer.toString(random.nextInt(50)),
                Integer.toString(random.nextInt(50))};
            if (parts.add(String.join("|", p))) {
                assertThat(ids.add(EventIds.hashed("n", p))).as(String.join("|", p)).isTrue();
            }
        }
        assertThat(ids).hasSizeGreaterThan(1_000);
    }
}
