package org.dyadlab.casestudy;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.EventActor;

/**
 * Turns a chronology actor code into an event actor: "USAGOV" → country USA, agent GOV; "IGOFATF" → no country,
 * agent IGO, code kept whole; "PAKREB" → PAK, REB.
 */
final class CaseActors {
    private CaseActors() {
    }

    static boolean isKnownPrefix(CameoOntology o, String code) {
        if (code == null || code.length() < 3 || !code.substring(0, 3).matches("[A-Z]{3}")) {
            return false;
        }
        String prefix = code.substring(0, 3);
        return o.country(prefix).isPresent() || o.actorType(prefix).isPresent();
    }

    static EventActor actor(CameoOntology o, String code) {
        String prefix = code.substring(0, 3);
        String country = o.country(prefix).isPresent() ? prefix : null;
        List<String> agents = new ArrayList<>();
        if (country == null && o.actorType(prefix).isPresent()) {
            agents.add(prefix);
        }
        String rest = code.substring(3);
        while (rest.length() >= 3 && o.actorType(rest.substring(0, 3)).isPresent()) {
            agents.add(rest.substring(0, 3));
            rest = rest.substring(3);
        }
        return new EventActor(code, code, country, agents);
    }
}
