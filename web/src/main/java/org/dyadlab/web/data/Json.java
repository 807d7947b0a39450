package org.dyadlab.web.data;

import java.time.LocalDate;
import java.util.List;

/**
 * The records the JSON API returns and the pages render: one contract for both (docs/web.md lists the fields).
 * Numbers that are undefined (a mean with no events) are written as null.
 */
public final class Json {
    private Json() {
    }

    /** A period of a period set: start included, end excluded (null: still running). */
    public record PeriodJson(String name, LocalDate start, LocalDate end) {
    }

    /** One interval of a series: [start, end), its value and the dyad events behind it. */
    public record PointJson(LocalDate start, LocalDate end, Double value, long events) {
    }

    /** A change point. */
    public record BreakJson(LocalDate date, Double meanBefore, Double meanAfter, Double shiftInSigma, Double confidence,
                            Double support, LocalDate low, LocalDate high) {
    }

    /** A chronology marker on a series chart, with the id of the event the chronology entry became. */
    public record MarkerJson(LocalDate date, String id, String eventId, String label, String factor) {
    }

    /**
     * A series of the relations index and what to draw with it.
     *
     * @param metricDescription the metric in words
     * @param normalization     the normalisation that applied (none for intensive metrics)
     * @param origins           origin datasets used (empty: all)
     */
    public record SeriesJson(String dyad, boolean directed, String metric, String metricDescription, String interval,
                             String normalization, LocalDate from, LocalDate to, List<String> origins,
                             List<PointJson> points, List<PeriodJson> periods, List<MarkerJson> markers) {
    }

    /** The change points of a series. */
    public record BreaksJson(String dyad, boolean directed, String metric, String interval, String basis, int observed,
                             String penalty, List<BreakJson> breaks) {
    }

    /** One side of an event. */
    public record ActorJson(String name, String code, String country, List<String> agents) {
    }

    /** An event as the drill-down lists it. */
    public record EventJson(String id, LocalDate date, String datePrecision, ActorJson source, ActorJson target,
                            String code, String codeLabel, int quadClass, double goldstein, String origin,
                            String originId, Double originGoldstein, String sourceUrl, String documentRef,
                            Integer mentions) {
    }

    /** A page of events. */
    public record EventPageJson(long total, long offset, int limit, List<EventJson> events) {
    }

    /** A bibliography entry a chronology event cites; url is null unless it is an http(s) address. */
    public record SourceJson(String key, String authors, String title, String publisher, String date, String url) {
    }

    /** A chronology entry with its sources. */
    public record ChronologyJson(String id, LocalDate date, String precision, String source, String target,
                                 String code, String codeLabel, Double goldstein, String theme, String themeName,
                                 String factor, String description, String note, List<SourceJson> sources) {
    }

    /** A stretch of a document's text; start included, end excluded (UTF-16 offsets). */
    public record SpanJson(int start, int end) {
    }

    /**
     * Words to highlight in a document's text (UTF-16 offsets of the document, start included, end excluded) and why:
     * {@code source}, {@code target} or {@code verb} for the words the event's coder matched, {@code name} for an
     * actor's name found in the sentence (events whose coder kept no spans).
     */
    public record MarkJson(int start, int end, String role) {
    }

    /** A sentence or passage of a document and the words to highlight in it, in order, not overlapping. */
    public record TextJson(String documentId, String title, int version, int start, int end, String text,
                           List<MarkJson> highlights) {
    }

    /**
     * What an event rests on: a chronology entry with its sources, a document's sentence with the matched words, a
     * source address, or nothing known.
     *
     * @param kind chronology, document, url or none
     */
    public record EvidenceJson(String kind, ChronologyJson chronology, TextJson document, String url, String reference,
                               String note) {
    }

    /** An event and its evidence. */
    public record EventDetailJson(EventJson event, EvidenceJson evidence) {
    }
}
