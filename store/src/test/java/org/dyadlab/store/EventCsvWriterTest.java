package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.junit.jupiter.api.Test;

/** dyadlab's CSV export, read back with an independent RFC 4180 parser. */
class EventCsvWriterTest {
    private static final Event FULL = TestEvent.of("gdelt:1", "2015-02-18", "PAK", "USA", "0211")
            .source(new EventActor("Sharif, \"Nawaz\"\nPM", "PAKGOV", "PAK", List.of("GOV", "ELI")))
            .target(new EventActor("Département d'État", "USAGOV", "USA", List.of("GOV")))
            .origin("gdelt2").originId("1").originGoldstein(3.4).url("https://example.org/a?b=1,2")
            .documentRef("story-7").textHash("ab12").mentions(12).build();
    private static final Event SPARSE = TestEvent.of("icews:h0", "2016-03-01", "USA", "PAK", "190")
            .source(EventActor.UNKNOWN).target(EventActor.UNKNOWN).precision(DatePrecision.MONTH).build();

    private static List<CSVRecord> writeAndParse(List<String> header, Event... events) throws IOException {
        StringWriter out = new StringWriter();
        try (EventCsvWriter writer = new EventCsvWriter(out)) {
            for (Event e : events) {
                writer.write(e);
            }
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            header.addAll(parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void headerIsTheCanonicalColumnList() throws IOException {
        List<String> header = new ArrayList<>();
        assertThat(writeAndParse(header)).isEmpty();
        assertThat(header).containsExactlyElementsOf(EventColumns.NAMES);
    }

    @Test
    void everyValueReadsBackAsWritten() throws IOException {
        List<CSVRecord> records = writeAndParse(new ArrayList<>(), FULL);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.size()).isEqualTo(EventColumns.NAMES.size());
            assertThat(r.get("event_id")).isEqualTo("gdelt:1");
            assertThat(r.get("event_date")).isEqualTo("2015-02-18");
            assertThat(r.get("date_precision")).isEqualTo("day");
            assertThat(r.get("source_name")).isEqualTo("Sharif, \"Nawaz\"\nPM");
            assertThat(r.get("source_actor")).isEqualTo("PAKGOV");
            assertThat(r.get("source_country")).isEqualTo("PAK");
            assertThat(r.get("source_agents")).isEqualTo("GOV;ELI");
            assertThat(r.get("target_name")).isEqualTo("Département d'État");
            assertThat(r.get("target_agents")).isEqualTo("GOV");
            assertThat(r.get("event_code")).isEqualTo("0211");
            assertThat(r.get("event_root")).isEqualTo("02");
            assertThat(r.get("quad_class")).isEqualTo("1");
            assertThat(Double.parseDouble(r.get("goldstein"))).isEqualTo(3.4);
            assertThat(r.get("origin")).isEqualTo("gdelt2");
            assertThat(r.get("origin_id")).isEqualTo("1");
            assertThat(Double.parseDouble(r.get("origin_goldstein"))).isEqualTo(3.4);
            assertThat(r.get("source_url")).isEqualTo("https://example.org/a?b=1,2");
            assertThat(r.get("document_ref")).isEqualTo("story-7");
            assertThat(r.get("text_hash")).isEqualTo("ab12");
            assertThat(r.get("mentions")).isEqualTo("12");
        });
    }

    @Test
    void unknownValuesAreEmptyCells() throws IOException {
        List<CSVRecord> records = writeAndParse(new ArrayList<>(), SPARSE);

        CSVRecord r = records.get(0);
        assertThat(r.get("date_precision")).isEqualTo("month");
        assertThat(r.get("quad_class")).isEqualTo("4");
        assertThat(Double.parseDouble(r.get("goldstein"))).isEqualTo(-10.0);
        for (String column : List.of("source_name", "source_actor", "source_country", "source_agents", "target_name",
                "target_actor", "target_country", "target_agents", "origin_id", "origin_goldstein", "source_url",
                "document_ref", "text_hash", "mentions")) {
            assertThat(r.get(column)).as(column).isEmpty();
        }
    }

    @Test
    void valuesFollowTheColumnOrder() throws IOException {
        List<CSVRecord> records = writeAndParse(new ArrayList<>(), FULL, SPARSE);

        assertThat(records).hasSize(2);
        for (int i = 0; i < 2; i++) {
            List<Object> values = EventCsvWriter.values(i == 0 ? FULL : SPARSE);
            assertThat(values).hasSameSizeAs(EventColumns.NAMES);
            List<String> expected = values.stream().map(v -> v == null ? "" : v.toString()).toList();
            assertThat(records.get(i).toList()).containsExactlyElementsOf(expected);
        }
    }
}
