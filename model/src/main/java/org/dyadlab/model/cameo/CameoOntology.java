package org.dyadlab.model.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The CAMEO ontology: every event code with its label, QuadClass and Goldstein weight, the country and
 * region codes, and the actor types. Immutable; load it once with {@link #standard()} and pass it on.
 *
 * <p>The tables are dyadlab's own data files under {@code org/dyadlab/model/cameo/}; docs/data/cameo.md
 * says where every value comes from.
 */
public final class CameoOntology {
    private static final String BASE = "/org/dyadlab/model/cameo/";
    private static volatile CameoOntology standard;

    private final Map<String, EventCode> codes;
    private final Map<String, Country> countries;
    private final Map<String, Country> countriesByName;
    private final Map<String, ActorType> actorTypes;

    private CameoOntology(Map<String, EventCode> codes, Map<String, Country> countries,
                          Map<String, ActorType> actorTypes) {
        this.codes = Collections.unmodifiableMap(codes);
        this.countries = Collections.unmodifiableMap(countries);
        this.actorTypes = Collections.unmodifiableMap(actorTypes);
        Map<String, Country> byName = new HashMap<>();
        for (Country c : countries.values()) {
            byName.putIfAbsent(nameKey(c.label()), c);
        }
        for (Country c : countries.values()) {
            for (String alias : c.aliases()) {
                byName.putIfAbsent(nameKey(alias), c);
            }
        }
        this.countriesByName = Collections.unmodifiableMap(byName);
    }

    /** The ontology shipped with dyadlab (loaded on first use, then shared; it is immutable). */
    public static CameoOntology standard() {
        CameoOntology o = standard;
        if (o == null) {
            synchronized (CameoOntology.class) {
                o = standard;
                if (o == null) {
                    o = load();
                    standard = o;
                }
            }
        }
        return o;
    }

    private static CameoOntology load() {
        Map<String, EventCode> codes = new LinkedHashMap<>();
        for (String[] r : readTable("event-codes.csv", 8)) {
            QuadClass quad = QuadClass.ofNumber(Integer.parseInt(r[4]));
            codes.put(r[0], new EventCode(r[0], r[6], quad, Double.parseDouble(r[5])));
        }
        Map<String, Country> countries = new LinkedHashMap<>();
        for (String[] r : readTable("countries.csv", 7)) {
            List<String> aliases = r[6].isEmpty() ? List.of() : Arrays.asList(r[6].split("\\|"));
            Country.Kind kind = Country.Kind.valueOf(r[2].toUpperCase(Locale.ROOT));
            countries.put(r[0], new Country(r[0], r[1], kind, optional(r[3]), optional(r[4]),
                    r[5].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r[5])), aliases));
        }
        Map<String, ActorType> types = new LinkedHashMap<>();
        for (String[] r : readTable("actor-types.csv", 2)) {
            types.put(r[0], new ActorType(r[0], r[1]));
        }
        return new CameoOntology(codes, countries, types);
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static List<String[]> readTable(String name, int columns) {
        InputStream in = CameoOntology.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("CAMEO table missing from the classpath: " + BASE + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = CsvLine.split(line);
                if (fields.length != columns) {
                    throw new IllegalStateException(name + " line " + lineNo + ": expected " + columns
                            + " fields, found " + fields.length);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return rows;
    }

    /** The event code, if CAMEO defines it. "13y", "" or "999" give empty. */
    public Optional<EventCode> eventCode(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code));
    }

    /** The event code; throws {@link IllegalArgumentException} naming the code if CAMEO does not define it. */
    public EventCode requireEventCode(String code) {
        EventCode c = code == null ? null : codes.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown CAMEO event code '" + code + "'");
        }
        return c;
    }

    /** Every event code, roots first within each root family, in code order. */
    public Collection<EventCode> eventCodes() {
        return codes.values();
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    /** The country whose name or alias this is, ignoring case, accents or punctuation and "the". */
    public Optional<Country> countryByName(String name) {
        return Optional.ofNullable(name == null ? null : countriesByName.get(nameKey(name)));
    }

    /** The CAMEO country whose ISO 3166 alpha-3 code this is ("ROU" gives ROM), if any. */
    public Optional<Country> countryByIso3(String iso3) {
        Country direct = countries.get(iso3);
        if (direct != null && direct.iso3().filter(iso3::equals).isPresent()) {
            return Optional.of(direct);
        }
        return countries.values().stream().filter(c -> c.iso3().filter(iso3::equals).isPresent()).findFirst();
    }

    /** The country with this ISO 3166 alpha-2 code ("PK"), if any. */
    public Optional<Country> countryByIso2(String iso2) {
        return countries.values().stream().filter(c -> c.iso2().filter(iso2::equals).isPresent()).findFirst();
    }

    /** The country with this IMF code (564 for Pakistan), if any. */
    public Optional<Country> countryByImf(int imf) {
        return countries.values().stream().filter(c -> c.imf().isPresent() && c.imf().getAsInt() == imf).findFirst();
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Optional<ActorType> actorType(String code) {
        return Optional.ofNullable(code == null ? null : actorTypes.get(code));
    }

    public Collection<ActorType> actorTypes() {
        return actorTypes.values();
    }

    static String nameKey(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("\\(the\\)", " ")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
