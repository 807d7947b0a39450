package org.dyadlab.model.event;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;

/**
 * One side of an event, as the dataset or the coder gave it. Every field but {@code agents} may be null
 * when the source does not say.
 *
 * @param name    the actor as written in the source ("UTTARAKHAND", "Government (Pakistan)", "Imran Khan")
 * @param code    the full CAMEO actor code ("PAKGOV", "USAMIL", "IGOUNO")
 * @param country the CAMEO country code ("PAK", "USA")
 * @param agents  CAMEO actor types / sectors, most specific last ("GOV", "MIL"); empty when none
 */
public record EventActor(String name, String code, String country, List<String> agents) {
    public static final EventActor UNKNOWN = new EventActor(null, null, null, List.of());

    public EventActor {
        agents = agents == null ? List.of() : List.copyOf(agents);
        for (String a : agents) {
            if (a.isBlank() || a.contains(";")) {
                throw new IllegalArgumentException("an agent code must be non-blank and without ';', was '" + a + "'");
            }
        }
        name = blankToNull(name);
        code = blankToNull(code);
        country = blankToNull(country);
    }

    /**
     * The actor a CAMEO actor code stands for, as PETRARCH writes codes: three-letter parts; the first is the country
     * when the table knows it as a CAMEO country code; the parts the table knows as actor types are the agents, in
     * order ("PAKCOP" → country PAK, agents COP; "IGOUNO" → agents IGO, UNO). A null, blank or "---" (unknown) code
     * gives an actor with the name only.
     */
    public static EventActor ofCameoCode(String name, String code, CameoOntology ontology) {
        if (code == null || code.isBlank() || code.equals("---")) {
            return new EventActor(name, null, null, List.of());
        }
        String country = null;
        List<String> agents = new ArrayList<>(3);
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (i == 0 && ontology.country(part).isPresent()) {
                country = part;
            } else if (ontology.actorType(part).isPresent()) {
                agents.add(part);
            }
        }
        return new EventActor(name, code, country, agents);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The agents joined with ';' as stored in tables, or null when there are none. */
    public String agentsJoined() {
        return agents.isEmpty() ? null : String.join(";", agents);
    }

    /** Parses the ';'-joined form back; null or empty gives no agents. */
    public static List<String> splitAgents(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return List.of(joined.split(";"));
    }
}
