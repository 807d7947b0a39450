package org.dyadlab.model.cameo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CAMEO country or region code.
 *
 * @param code    the three-letter CAMEO code (ISO 3166 alpha-3 for almost every state, "ROM" for Romania…)
 * @param label   its English name
 * @param kind    country, territory, region or historical
 * @param iso3    the ISO 3166 alpha-3 code where the entity has one, else empty
 * @param iso2    the ISO 3166 alpha-2 code where the entity has one (UN voting data uses it), else empty
 * @param imf     the IMF country code where the entity has one (Direction of Trade Statistics), else empty
 * @param aliases other English names under which datasets write it ("United States of America")
 */
public record Country(String code, String label, Kind kind, Optional<String> iso3, Optional<String> iso2,
                      OptionalInt imf, List<String> aliases) {
    public enum Kind { COUNTRY, TERRITORY, REGION, HISTORICAL }

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(imf, "imf");
        aliases = List.copyOf(aliases);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("CAMEO country code must be three capital letters: '" + code + "'");
        }
    }
}
