package org.dyadlab.events.dyadlab;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.events.EventFileException;
import org.dyadlab.events.Problem;
import org.dyadlab.events.io.DayDates;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.store.EventColumns;

/**
 * Validates one row of dyadlab's own event table (CSV or Parquet, columns named as {@link EventColumns})
 * and builds the event. Derived columns (event_root, quad_class, goldstein) must agree with the CAMEO code:
 * a row that says otherwise was edited by hand or written by something else, and is rejected, unless the
 * options ask for them to be recomputed from the code.
 */
final class DyadlabRowParser {
    private static final List<String> REQUIRED = List.of("event_id", "event_date", "event_code", "origin");

    private final CameoOntology ontology;
    private final boolean checkDerived;
    private final Map<String, Integer> index = new HashMap<>();

    DyadlabRowParser(CameoOntology ontology, DyadlabReadOptions options, String file, List<String> header) {
        this.ontology = ontology;
        this.checkDerived = !options.recomputeDerived();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).trim(), i);
        }
        for (String r : REQUIRED) {
            if (!index.containsKey(r)) {
                throw new EventFileException(file + ": not a dyadlab event table: column '" + r
                        + "' is missing (expected the columns " + EventColumns.LIST + ")");
            }
        }
    }

    /** The event, or the problem that rejects the row. */
    Object parse(String[] cells) {
        String id = cell(cells, "event_id");
        if (id == null) {
            return new Problem("event_id", "missing");
        }
        LocalDate date = DayDates.ofIso(cell(cells, "event_date"));
        if (date == null) {
            return new Problem("event_date", "not a date in YYYY-MM-DD form: '" + nz(cell(cells, "event_date")) + "'");
        }
        DatePrecision precision = DatePrecision.DAY;
        String p = cell(cells, "date_precision");
        if (p != null) {
            try {
                precision = DatePrecision.ofKey(p);
            } catch (IllegalArgumentException e) {
                return new Problem("date_precision", e.getMessage());
            }
        }
        String codeText = cell(cells, "event_code");
        EventCode code = codeText == null ? null : ontology.eventCode(codeText).orElse(null);
        if (code == null) {
            return new Problem("event_code", codeText == null ? "missing" : "unknown CAMEO event code '" + codeText + "'");
        }
        Problem derived = checkDerived ? derived(cells, code) : null;
        if (derived != null) {
            return derived;
        }
        Double originGoldstein = null;
        String og = cell(cells, "origin_goldstein");
        if (og != null) {
            originGoldstein = parseDouble(og);
            if (originGoldstein == null) {
                return new Problem("origin_goldstein", "not a number: '" + og + "'");
            }
        }
        Integer mentions = null;
        String m = cell(cells, "mentions");
        if (m != null) {
            try {
                mentions = Integer.valueOf(m);
            } catch (NumberFormatException e) {
                return new Problem("mentions", "not a whole number: '" + m + "'");
            }
        }
        for (String side : List.of("source", "target")) {
            String c = cell(cells, side + "_country");
            if (c != null && !c.matches("[A-Z]{3}")) {
                return new Problem(side + "_country", "not a three-letter CAMEO country code: '" + c + "'");
            }
        }
        String origin = cell(cells, "origin");
        if (origin == null) {
            return new Problem("origin", "missing");
        }
        return new Event(id, date, precision, actor(cells, "source"), actor(cells, "target"), code, origin,
                cell(cells, "origin_id"), originGoldstein, cell(cells, "source_url"), cell(cells, "document_ref"),
                cell(cells, "text_hash"), mentions);
    }

    /** The problem when event_root, quad_class or goldstein contradict the code, else null. */
    private Problem derived(String[] cells, EventCode code) {
        String root = cell(cells, "event_root");
        if (root != null && !root.equals(code.root())) {
            return new Problem("event_root", "'" + root + "' is not the root of event_code " + code.code());
        }
        String quad = cell(cells, "quad_class");
        if (quad != null && !quad.equals(String.valueOf(code.quadClass().number()))) {
            return new Problem("quad_class", quad + " contradicts event_code " + code.code());
        }
        String g = cell(cells, "goldstein");
        if (g != null) {
            Double v = parseDouble(g);
            if (v == null || Math.abs(v - code.goldstein()) > 1e-9) {
                return new Problem("goldstein", "'" + g + "' is not the Goldstein weight of " + code.code() + " ("
                        + code.goldstein() + ")");
            }
        }
        return null;
    }

    private EventActor actor(String[] cells, String side) {
        return new EventActor(cell(cells, side + "_name"), cell(cells, side + "_actor"), cell(cells, side + "_country"),
                EventActor.splitAgents(cell(cells, side + "_agents")));
    }

    private String cell(String[] cells, String column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.length) {
            return null;
        }
        String v = cells[i];
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Double parseDouble(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
