package org.dyadlab.model.event;

import java.util.List;

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
