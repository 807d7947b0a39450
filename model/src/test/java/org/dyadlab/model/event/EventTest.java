package org.dyadlab.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.cameo.QuadClass;
import org.junit.jupiter.api.Test;

class EventTest {
    private final EventCode assault = CameoOntology.standard().requireEventCode("182");

    private Event event(String id) {
        return new Event(id, LocalDate.of(2018, 1, 1), DatePrecision.DAY, EventActor.UNKNOWN, EventActor.UNKNOWN,
                assault, "test", null, null, null, null, null, null);
    }

    @Test
    void rootQuadClassAndWeightFollowFromTheCode() {
        Event e = event("test:1");
        assertThat(e.root()).isEqualTo("18");
        assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(e.goldstein()).isEqualTo(-9.5);
    }

    @Test
    void blankIdIsRefused() {
        assertThatThrownBy(() -> event(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiredFieldsMustNotBeNull() {
        assertThatThrownBy(() -> event(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Event("t:1", null, DatePrecision.DAY, EventActor.UNKNOWN, EventActor.UNKNOWN,
                assault, "test", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    }

    @Test
    void blankOptionalStringsAreUnknownSoTheyCannotMatchAsDuplicates() {
        Event e = new Event("t:2", LocalDate.of(2018, 1, 1), DatePrecision.DAY, EventActor.UNKNOWN, EventActor.UNKNOWN,
                assault, "test", " ", null, "", "  ", "", null);
        assertThat(e.originId()).isNull();
        assertThat(e.sourceUrl()).isNull();
        assertThat(e.documentRef()).isNull();
        assertThat(e.textHash()).isNull();
    }
}
