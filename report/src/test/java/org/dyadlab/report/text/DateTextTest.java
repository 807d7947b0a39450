package org.dyadlab.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final LocalDate DAY = LocalDate.of(2018, 1, 4);

    @Test
    void datesAreCutToTheirPrecision() {
        assertThat(DateText.of(DAY, "day")).isEqualTo("2018-01-04");
        assertThat(DateText.of(DAY, "MONTH")).isEqualTo("2018-01");
        assertThat(DateText.of(DAY, "year")).isEqualTo("2018");
        assertThat(DateText.of(DAY, null)).isEqualTo("2018-01-04");
    }

    @Test
    void noDateIsADash() {
        assertThat(DateText.of(null)).isEqualTo("\u2013");
        assertThat(DateText.of(null, "day")).isEqualTo("\u2013");
    }
}
