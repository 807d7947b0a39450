package org.dyadlab.events.icews;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyadlab.events.EventFileException;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.Country;
import org.dyadlab.model.event.EventActor;

/**
 * Turns ICEWS actor strings into CAMEO actors: "Government (Pakistan)" → PAKGOV (country PAK, agent GOV);
 * "Pakistan" → PAK; a known office holder ("Imran Khan") → his country, with the office's agent only within
 * the term. Sector names map to CAMEO actor types through icews-sectors.csv; people through
 * known-persons.csv plus any file the user adds (same columns). Unknown names keep their text and get no
 * country: nothing is guessed.
 */
public final class IcewsActors {
    private final CameoOntology ontology;
    private final Map<String, String> sectorAgents = new HashMap<>();
    private final Map<String, List<Person>> persons = new HashMap<>();

    /** A person's country and, for a term of office, the agent code. */
    record Person(String country, String agent, LocalDate from, LocalDate to) {
        boolean inOffice(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    public IcewsActors(CameoOntology ontology) {
        this.ontology = ontology;
        for (Map<String, String> row : IcewsTables.read("icews-sectors.csv")) {
            String agent = row.getOrDefault("agent", "");
            if (!agent.isEmpty()) {
                sectorAgents.put(key(row.get("sector")), agent);
            }
        }
        addPersons(IcewsTables.read("known-persons.csv"), "known-persons.csv");
    }

    /** Adds or overrides people from a user's CSV (columns name,country,agent,from,to,source). */
    public IcewsActors withPersons(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            addPersons(IcewsTables.read(r), file.toString());
        } catch (IOException e) {
            throw new EventFileException(file + ": cannot read the persons table: " + e.getMessage(), e);
        }
        return this;
    }

    private void addPersons(List<Map<String, String>> rows, String source) {
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            String name = row.get("name");
            String country = row.get("country");
            if (name == null || name.isEmpty() || country == null || ontology.country(country).isEmpty()) {
                throw new EventFileException(source + " line " + line + ": needs a name and a CAMEO country code, found '"
                        + name + "', '" + country + "'");
            }
            LocalDate from = date(row.get("from"), source, line);
            LocalDate to = date(row.get("to"), source, line);
            String agent = row.getOrDefault("agent", "");
            persons.computeIfAbsent(key(name), k -> new ArrayList<>())
                    .add(new Person(country, agent.isEmpty() ? null : agent, from, to));
        }
    }

    private static LocalDate date(String s, String source, int line) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        LocalDate d = org.dyadlab.events.io.DayDates.ofIso(s);
        if (d == null) {
            throw new EventFileException(source + " line " + line + ": not a YYYY-MM-DD date: '" + s + "'");
        }
        return d;
    }

    /** Resolves an ICEWS18 entity string, as of the event date. */
    public EventActor entity(String text, LocalDate date) {
        if (text == null || text.isBlank()) {
            return EventActor.UNKNOWN;
        }
        String t = text.trim();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf(" (");
            if (open > 0) {
                String sector = t.substring(0, open);
                String countryName = t.substring(open + 2, t.length() - 1);
                Country c = ontology.countryByName(countryName).orElse(null);
                if (c != null) {
                    return build(t, c.code(), agentOf(sector));
                }
            }
        }
        Country c = ontology.countryByName(t).orElse(null);
        if (c != null) {
            return build(t, c.code(), null);
        }
        List<Person> terms = persons.get(key(t));
        if (terms != null) {
            for (Person p : terms) {
                if (p.inOffice(date)) {
                    return build(t, p.country(), p.agent());
                }
            }
            return build(t, terms.get(0).country(), null);
        }
        return new EventActor(t, null, null, List.of());
    }

    /** Resolves an ICEWS Dataverse actor: name, comma-separated sectors and country name. */
    public EventActor actor(String name, String sectors, String countryName, LocalDate date) {
        String country = null;
        if (countryName != null && !countryName.isBlank()) {
            country = ontology.countryByName(countryName).map(Country::code).orElse(null);
        }
        List<String> agents = new ArrayList<>();
        if (sectors != null) {
            for (String s : sectors.split(",")) {
                String a = agentOf(s.trim());
                if (a != null && !agents.contains(a)) {
                    agents.add(a);
                }
            }
        }
        if (country == null && name != null) {
            EventActor byName = entity(name, date);
            if (byName.country() != null) {
                return byName;
            }
        }
        String code = country == null ? null : agents.isEmpty() ? country : country + agents.get(0);
        return new EventActor(name, code, country, agents);
    }

    private String agentOf(String sector) {
        return sectorAgents.get(key(sector));
    }

    private static EventActor build(String name, String country, String agent) {
        return new EventActor(name, agent == null ? country : country + agent, country,
                agent == null ? List.of() : List.of(agent));
    }

    private static String key(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
