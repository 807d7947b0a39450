package org.dyadlab.casestudy;

import java.time.LocalDate;
import org.dyadlab.analysis.evidence.IndicatorExpectation;

/** A reference from a declared finding to its evidence (findings.yaml). */
public sealed interface EvidenceRef {
    /** The reference in words, as the file has it. */
    String describe();

    /** A chronology event by id. */
    record Chronology(String id) implements EvidenceRef {
        public String describe() {
            return "chronology " + id;
        }
    }

    /** A gazetteer entry by id. */
    record GazetteerEntry(String id) implements EvidenceRef {
        public String describe() {
            return "gazetteer " + id;
        }
    }

    /**
     * An indicator: one row ({@code time}) or a change from one row to another with what the finding expects of it.
     *
     * @param expect null for a single row
     */
    record Indicator(String name, String subject, String time, String from, String to, IndicatorExpectation expect)
            implements EvidenceRef {
        public String describe() {
            return "indicator " + name + " " + subject + " " + (time != null ? time : from + "→" + to
                    + (expect == null ? "" : " (" + expect.key() + ")"));
        }
    }

    /** Coded passages of a code (and the codes under it) in documents dated from..to. */
    record Passages(String code, LocalDate from, LocalDate to, int limit) implements EvidenceRef {
        public String describe() {
            return "passages " + code + " " + from + "…" + to;
        }
    }

    /** Coded event records between the dyad's countries with a CAMEO code starting with {@code cameo}, from..to. */
    record Events(String cameo, LocalDate from, LocalDate to, int limit) implements EvidenceRef {
        public String describe() {
            return "events " + cameo + " " + from + "…" + to;
        }
    }
}
