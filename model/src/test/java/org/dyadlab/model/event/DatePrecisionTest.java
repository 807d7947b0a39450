package org.dyadlab.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePrecisionTest {

    @ParameterizedTest
    @CsvSource({"day, DAY", "month, MONTH", "year, YEAR"})
    void ofKeyReadsTheLowerCaseKeys(String key, DatePrecision expected) {
        assertThat(DatePrecision.ofKey(key)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(DatePrecision.class)
    void keyRoundTrips(DatePrecision p) {
        assertThat(DatePrecision.ofKey(p.key())).isSameAs(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DAY", "week", "", " day"})
    @NullSource
    void ofKeyRejectsAnythingElseNamingIt(String key) {
        assertThatThrownBy(() -> DatePrecision.ofKey(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + key + "'");
    }

    @Test
    void keysAreWhatTheStoreWrites() {
        assertThat(DatePrecision.DAY.key()).isEqualTo("day");
        assertThat(DatePrecision.MONTH.key()).isEqualTo("month");
        assertThat(DatePrecision.YEAR.key()).isEqualTo("year");
    }
}
