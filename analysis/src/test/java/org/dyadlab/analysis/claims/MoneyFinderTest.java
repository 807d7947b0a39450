package org.dyadlab.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dyadlab.model.claim.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFinderTest {
    private static List<Amount> amounts(String s) {
        return MoneyFinder.find(s).stream().map(Mention::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "put $255 million on hold|255e6|1e6|USD|false",
        "US$1.15 billion in aid|1.15e9|1e7|USD|false",
        "about $250 million for the displaced|250e6|1e6|USD|true",
        "more than $33 billion over 15 years|33e9|1e9|USD|true",
        "a $699m sale|699e6|1e6|USD|false",
        "USD 3 bn loan|3e9|1e9|USD|false",
        "Rs 10 billion for the army|10e9|1e9|PKR|false",
        "250 million dollars|250e6|1e6|USD|false",
        "$1,146,558,966 in FY2015|1146558966|1|USD|false"})
    void amountsAreReadWithTheirUnitCurrencyStepAndHedge(String text, double value, double step, String currency,
                                                          boolean hedged) {
        assertThat(amounts(text)).singleElement().satisfies(a -> {
            assertThat(a.value()).isCloseTo(value, within(1e-3));
            assertThat(a.step()).isCloseTo(step, within(1e-9));
            assertThat(a.currency()).isEqualTo(currency);
            assertThat(a.approximate()).isEqualTo(hedged);
        });
    }

    @Test
    void numbersWithoutACurrencyAreNotAmounts() {
        assertThat(amounts("eight F-16s, 66 places, 19 percent, 2018 and 1.5 million people")).isEmpty();
    }

    @Test
    void amountsAgreeWithinTheirRoundingOrOnePercentAndTenPercentWhenHedged() {
        Amount a424 = MoneyFinder.amount("424", "million", "USD", false, "$424 million");
        assertThat(MoneyFinder.agree(a424, 423_706_549, false)).isTrue();
        assertThat(MoneyFinder.agree(MoneyFinder.amount("624", "million", "USD", true, "about $624 million"),
                423_706_549, false)).isFalse();
        assertThat(MoneyFinder.agree(MoneyFinder.amount("1.1", "billion", "USD", false, "$1.1 billion"), 1_146_558_966,
                false)).isTrue();
        assertThat(MoneyFinder.agree(MoneyFinder.amount("355", "million", "USD", false, "$355 million"), 255e6, false))
                .isFalse();
        assertThat(MoneyFinder.agree(MoneyFinder.amount("270", "million", "USD", false, "$270 million"), 250e6, true))
                .isTrue();
    }
}
