package org.dyadlab.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.junit.jupiter.api.Test;

class CodedEventConverterTest {
    private final CodedEventConverter converter = new CodedEventConverter(CameoOntology.standard());

    private static CodedEvent event(String source, String target, String code) {
        return new CodedEvent("STORY1_2", LocalDate.of(2015, 3, 1), new CodedTriple(source, target, code),
                new CodingEvidence("Pakistani police", "American students", "arrested", "ARRESTED [173]", 12, false),
                List.of(), "sha256:h00");
    }

    @Test
    void aCodedEventBecomesAnEventWithCountryAndAgents() {
        CodedEventConverter.Conversion c = converter.convert(event("PAKCOP", "USAEDU", "173"));
        assertThat(c.reason()).isNull();
        Event e = c.event();
        assertThat(e.id()).startsWith("coder:h");
        assertThat(e.date()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.origin()).isEqualTo("coder");
        assertThat(e.originId()).isEqualTo("STORY1_2");
        assertThat(e.code().code()).isEqualTo("173");
        assertThat(e.source().code()).isEqualTo("PAKCOP");
        assertThat(e.source().country()).isEqualTo("PAK");
        assertThat(e.source().agents()).containsExactly("COP");
        assertThat(e.source().name()).isEqualTo("Pakistani police");
        assertThat(e.target().agents()).containsExactly("EDU");
        assertThat(e.textHash()).isEqualTo("sha256:h00");
        assertThat(converter.convert(event("PAKCOP", "USAEDU", "173")).event().id()).as("stable id")
                .isEqualTo(e.id());
        assertThat(converter.convert(event("PAKCOP", "USAEDU", "172")).event().id()).isNotEqualTo(e.id());
    }

    @Test
    void organisationsUnknownAndNewActors() {
        Event e = converter.convert(event("IGOUNO", "\"INJURY TOLL\"", "111")).event();
        assertThat(e.source().country()).isNull();
        assertThat(e.source().agents()).as("UNO is a CAMEO actor type too").containsExactly("IGO", "UNO");
        assertThat(e.target().code()).isNull();
        assertThat(e.target().name()).isEqualTo("INJURY TOLL");
        Event unknown = converter.convert(event("---GOV", "---", "111")).event();
        assertThat(unknown.source().agents()).containsExactly("GOV");
        assertThat(unknown.target().code()).isNull();
    }

    @Test
    void aCodeOutsideCameoIsReportedNotDropped() {
        CodedEventConverter.Conversion c = converter.convert(event("ARN", "GON", "174K"));
        assertThat(c.event()).isNull();
        assertThat(c.reason()).isEqualTo("event code '174K' is not in the CAMEO table");
        assertThat(c.coded().triple().code()).isEqualTo("174K");
    }
}
