package org.dyadlab.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.event.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    private static List<ClaimDate> dates(String s) {
        return DateFinder.find(s).dates().stream().map(Mention::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "signed on 29 August 2016 in Washington|2016-08-29|DAY",
        "signed on August 29, 2016 in Washington|2016-08-29|DAY",
        "signed on 2016-08-29|2016-08-29|DAY",
        "signed on the 29th of August 2016|2016-08-29|DAY",
        "signed in August 2016|2016-08-01|MONTH",
        "signed in Aug. 2016|2016-08-01|MONTH",
        "signed in Sept 2018|2018-09-01|MONTH",
        "signed in 2016|2016-01-01|YEAR",
        "signed in mid-2016|2016-01-01|YEAR"})
    void datesAreReadWithTheirPrecision(String text, LocalDate date, DatePrecision precision) {
        assertThat(dates(text)).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(date);
            assertThat(d.precision()).isEqualTo(precision);
            assertThat(d.fiscal()).isFalse();
        });
    }

    @Test
    void fiscalYearsAreMarked() {
        assertThat(dates("obligations in FY2018 and in fiscal year 2019")).extracting(ClaimDate::label)
                .containsExactly("FY2018", "FY2019");
    }

    @Test
    void spansOfYearsAmountsAndPercentagesAreNotDates() {
        assertThat(dates("Relations in 2013–2025 and 2009-17 cost $2018 million, 2019 percent and 1999.5")).isEmpty();
    }

    @Test
    void anImpossibleDateIsReturnedAsUnparsedNotDropped() {
        DateFinder.Result r = DateFinder.find("signed on 29 February 2019 and on 31 June 2016");
        assertThat(r.dates()).isEmpty();
        assertThat(r.unparsed()).extracting(Mention::text).containsExactly("29 February 2019", "31 June 2016");
    }

    @Test
    void randomDatesWrittenInAnyOfTheFormatsReadBackToTheSameDay() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 500; i++) {
            LocalDate d = LocalDate.ofEpochDay(LocalDate.of(1960, 1, 1).toEpochDay() + random.nextInt(25_000));
            String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String text = switch (random.nextInt(3)) {
                case 0 -> d.getDayOfMonth() + " " + month + " " + d.getYear();
                case 1 -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
                default -> d.toString();
            };
            assertThat(dates("It happened on " + text + ".")).as(text).singleElement()
                    .satisfies(c -> assertThat(c.date()).isEqualTo(d));
        }
    }
}
