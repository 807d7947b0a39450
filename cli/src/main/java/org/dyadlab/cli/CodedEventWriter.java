package org.dyadlab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadlab.coder.CodedEvent;
import org.dyadlab.coder.CodingEvidence;

/**
 * Writes coded events with their evidence as CSV (RFC 4180, one header row), a JSON array or JSON lines, one
 * event at a time. {@code event_id} is the id the event gets in the store, empty when its code is not CAMEO.
 */
final class CodedEventWriter implements Closeable {
    enum Format { csv, json, jsonl }

    static final List<String> COLUMNS = List.of("sentence_id", "date", "source", "target", "event_code",
            "source_text", "target_text", "verb", "passive", "rule", "rule_line", "issues", "event_id");

    private final CSVPrinter csv;
    private final JsonGenerator json;
    private final Format format;

    CodedEventWriter(Writer w, Format format) throws IOException {
        this.format = format;
        if (format == Format.csv) {
            csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            json = null;
        } else {
            csv = null;
            json = new JsonFactory().createGenerator(w);
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            if (format == Format.jsonl) {
                json.setRootValueSeparator(new SerializedString("\n"));
            } else {
                json.writeStartArray();
            }
        }
    }

    void write(CodedEvent e, String eventId) throws IOException {
        CodingEvidence ev = e.evidence();
        String issues = e.issues().stream().map(i -> i.code() + " " + i.count()).collect(Collectors.joining(";"));
        if (csv != null) {
            csv.printRecord(e.sentenceId(), e.date(), e.triple().source(), e.triple().target(), e.triple().code(),
                    ev.sourceText(), ev.targetText(), ev.verbText(), ev.passive(), ev.rule().replaceAll("\\s+", " "),
                    ev.ruleLine(), issues, eventId == null ? "" : eventId);
            return;
        }
        json.writeStartObject();
        json.writeStringField("sentence_id", e.sentenceId());
        json.writeStringField("date", e.date().toString());
        json.writeStringField("source", e.triple().source());
        json.writeStringField("target", e.triple().target());
        json.writeStringField("event_code", e.triple().code());
        json.writeStringField("source_text", ev.sourceText());
        json.writeStringField("target_text", ev.targetText());
        json.writeStringField("verb", ev.verbText());
        json.writeBooleanField("passive", ev.passive());
        json.writeStringField("rule", ev.rule().replaceAll("\\s+", " "));
        json.writeNumberField("rule_line", ev.ruleLine());
        json.writeArrayFieldStart("issues");
        for (var i : e.issues()) {
            json.writeStartObject();
            json.writeStringField("code", i.code());
            json.writeNumberField("count", i.count());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (eventId == null) {
            json.writeNullField("event_id");
        } else {
            json.writeStringField("event_id", eventId);
        }
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.flush();
            return;
        }
        if (format == Format.json) {
            json.writeEndArray();
        }
        json.writeRaw('\n');
        json.close();
    }
}
