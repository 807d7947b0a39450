package org.dyadlab.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventActorTest {

    @Test
    void blankNameCodeAndCountryBecomeNull() {
        EventActor a = new EventActor("  ", "", "\t", null);
        assertThat(a.name()).isNull();
        assertThat(a.code()).isNull();
        assertThat(a.country()).isNull();
        assertThat(a.agents()).isEmpty();
        assertThat(a).isEqualTo(EventActor.UNKNOWN);
    }

    @Test
    void nonBlankValuesAreKeptAsWritten() {
        EventActor a = new EventActor(" Imran Khan ", "PAKGOV", "PAK", List.of("GOV"));
        assertThat(a.name()).isEqualTo(" Imran Khan ");
        assertThat(a.code()).isEqualTo("PAKGOV");
        assertThat(a.country()).isEqualTo("PAK");
    }

    @Test
    void agentsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<String> agents = new ArrayList<>(List.of("GOV"));
        EventActor a = new EventActor("x", "PAKGOV", "PAK", agents);
        agents.add("MIL");
        assertThat(a.agents()).containsExactly("GOV");
        assertThatThrownBy(() -> a.agents().add("MIL")).isInstanceOf(UnsupportedOperationException.class);
    }

    static List<List<String>> agentLists() {
        return List.of(List.of(), List.of("GOV"), List.of("GOV", "MIL"), List.of("MIL", "GOV", "COP"));
    }

    @ParameterizedTest
    @MethodSource("agentLists")
    void agentsJoinedAndSplitAgentsRoundTrip(List<String> agents) {
        EventActor a = new EventActor(null, null, null, agents);
        assertThat(EventActor.splitAgents(a.agentsJoined())).isEqualTo(agents);
    }

    @Test
    void joinedFormIsSemicolonSeparatedOrNullWhenEmpty() {
        assertThat(new EventActor(null, null, null, List.of("GOV", "MIL")).agentsJoined()).isEqualTo("GOV;MIL");
        assertThat(EventActor.UNKNOWN.agentsJoined()).isNull();
        assertThat(EventActor.splitAgents(null)).isEmpty();
        assertThat(EventActor.splitAgents("")).isEmpty();
    }

    @Test
    void agentCodesThatWouldNotSurviveTheJoinedFormAreRefused() {
        assertThatThrownBy(() -> new EventActor("x", "PAK", "PAK", java.util.List.of("GOV;MIL")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GOV;MIL");
        assertThatThrownBy(() -> new EventActor("x", "PAK", "PAK", java.util.List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
