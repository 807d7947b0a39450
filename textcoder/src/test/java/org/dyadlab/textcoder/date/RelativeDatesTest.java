package org.dyadlab.textcoder.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyadlab.model.event.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDatesTest {
    /** The document of these sentences is dated Friday 5 January 2018. */
    private static final LocalDate FRIDAY = LocalDate.of(2018, 1, 5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pakistan protested on Wednesday .|2018-01-03|DAY|on Wednesday",
        "The talks ended on Friday .|2018-01-05|DAY|on Friday",
        "They will meet next Monday .|2018-01-08|DAY|next Monday",
        "Officials met yesterday .|2018-01-04|DAY|yesterday",
        "The envoy arrives tomorrow .|2018-01-06|DAY|tomorrow",
        "Aid was suspended last month .|2017-12-01|MONTH|last month",
        "Aid was suspended last year .|2017-01-01|YEAR|last year",
        "The visit came two days ago .|2018-01-03|DAY|two days ago",
        "The deal was signed on March 5 , 2014 .|2014-03-05|DAY|March 5, 2014",
        "The deal was signed on 5 March .|2017-03-05|DAY|5 March",
        "Elections were held in July .|2017-07-01|MONTH|in July",
        "Elections were held in July 2018 .|2018-07-01|MONTH|in July 2018",
        "The war began in 2001 .|2001-01-01|YEAR|in 2001",
        "Pakistan condemned the attack .|2018-01-05|DAY|",
        "You may go .|2018-01-05|DAY|"})
    void resolvesAgainstTheDocumentDate(String sentence, LocalDate date, DatePrecision precision, String words) {
        EventDate d = RelativeDates.resolve(sentence.split(" "), FRIDAY, DatePrecision.DAY);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.expression()).isEqualTo(words == null ? "" : words);
    }

    @ParameterizedTest
    @CsvSource({"MONTH", "YEAR"})
    void withoutAnExpressionKeepsTheDocumentPrecision(DatePrecision documentPrecision) {
        EventDate d = RelativeDates.resolve("Pakistan condemned the attack .".split(" "), FRIDAY, documentPrecision);
        assertThat(d.precision()).isEqualTo(documentPrecision);
        assertThat(d.fromSentence()).isFalse();
    }
}
