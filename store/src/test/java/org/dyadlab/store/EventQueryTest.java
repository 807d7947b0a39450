package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.dyadlab.model.event.Dyad;
import org.junit.jupiter.api.Test;

/** The validation of {@link EventQuery} itself; what queries select is in EventStoreQueryTest. */
class EventQueryTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");

    @Test
    void fromAfterToIsRefusedNamingBothDates() {
        assertThatThrownBy(() -> new EventQuery(Optional.of(PAK_USA), false, LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020-02-01").hasMessageContaining("2020-01-31");
        assertThatThrownBy(() -> EventQuery.ALL.between(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleDayRangeAndOpenEndedRangesAreAllowed() {
        LocalDate day = LocalDate.of(2020, 1, 31);
        assertThat(EventQuery.ALL.between(day, day).from()).isEqualTo(day);
        assertThat(EventQuery.ALL.between(day, null).to()).isNull();
        assertThat(EventQuery.ALL.between(null, day).from()).isNull();
    }

    @Test
    void directedWithoutADyadIsRefused() {
        assertThatThrownBy(() -> new EventQuery(Optional.empty(), true, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dyad");
    }

    @Test
    void nullDyadMeansEveryEvent() {
        assertThat(new EventQuery(null, false, null, null)).isEqualTo(EventQuery.ALL);
    }

    @Test
    void betweenKeepsTheDyadAndDirection() {
        EventQuery q = EventQuery.of(PAK_USA, true).between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(q.dyad()).contains(PAK_USA);
        assertThat(q.directed()).isTrue();
    }
}
