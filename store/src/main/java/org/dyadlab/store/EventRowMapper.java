package org.dyadlab.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;

/** Turns a row of {@link EventColumns#NAMES} back into an {@link Event}. */
final class EventRowMapper {
    private final CameoOntology ontology;

    EventRowMapper(CameoOntology ontology) {
        this.ontology = ontology;
    }

    Event map(ResultSet rs) throws SQLException {
        String code = rs.getString("event_code");
        double og = rs.getDouble("origin_goldstein");
        Double originGoldstein = rs.wasNull() ? null : og;
        int m = rs.getInt("mentions");
        Integer mentions = rs.wasNull() ? null : m;
        return new Event(
                rs.getString("event_id"),
                rs.getDate("event_date").toLocalDate(),
                DatePrecision.ofKey(rs.getString("date_precision")),
                actor(rs, "source"),
                actor(rs, "target"),
                ontology.eventCode(code).orElseThrow(() -> new StoreException(
                        "the store holds event code '" + code + "' that this dyadlab's CAMEO table lacks")),
                rs.getString("origin"),
                rs.getString("origin_id"),
                originGoldstein,
                rs.getString("source_url"),
                rs.getString("document_ref"),
                rs.getString("text_hash"),
                mentions);
    }

    private static EventActor actor(ResultSet rs, String side) throws SQLException {
        return new EventActor(rs.getString(side + "_name"), rs.getString(side + "_actor"),
                rs.getString(side + "_country"), EventActor.splitAgents(rs.getString(side + "_agents")));
    }
}
