package org.dyadlab.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Countries and actor types of dyadlab's own CAMEO tables (countries.csv, actor-types.csv). */
class CameoCountriesTest {
    private final CameoOntology cameo = CameoOntology.standard();

    @ParameterizedTest
    @ValueSource(strings = {"PAK", "USA", "IND", "CHN", "AFG"})
    void caseCountriesArePresentWithTheirIso3(String code) {
        Country c = cameo.country(code).orElseThrow();
        assertThat(c.kind()).isEqualTo(Country.Kind.COUNTRY);
        assertThat(c.iso3()).contains(code);
    }

    @Test
    void romaniaKeepsCameoCodeRomButHasIso3Rou() {
        Country romania = cameo.country("ROM").orElseThrow();
        assertThat(romania.label()).isEqualTo("Romania");
        assertThat(romania.iso3()).contains("ROU");
        assertThat(cameo.country("ROU")).isEmpty();
    }

    @Test
    void regionsHaveNoIso3() {
        Country southAsia = cameo.country("SAS").orElseThrow();
        assertThat(southAsia.kind()).isEqualTo(Country.Kind.REGION);
        assertThat(southAsia.iso3()).isEmpty();
    }

    /** Every case here is a label or an alias written in countries.csv, in another case or spelling. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "United States of America | USA",
        "united states | USA",
        "UNITED STATES OF AMERICA (THE) | USA",
        "Russian Federation | RUS",
        "russia | RUS",
        "PAKISTAN | PAK",
        "The Gambia | GMB",
        "Gambia | GMB",
        "Cote d'Ivoire | CIV",
        "Côte d’Ivoire | CIV",
        "Bosnia & Herzegovina | BIH",
        "Bosnia and Herzegovina | BIH",
        "Viet Nam | VNM",
        "Korea (the Republic of) | KOR"})
    void countryByNameResolvesLabelsAndAliases(String name, String code) {
        assertThat(cameo.countryByName(name)).map(Country::code).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "", "United", "States of America"})
    @NullSource
    void countryByNameIsEmptyForUnknownNames(String name) {
        assertThat(cameo.countryByName(name)).isEmpty();
    }

    @Test
    void noTwoCountriesShareANameOrAlias() {
        Map<String, String> owner = new HashMap<>();
        for (Country c : cameo.countries()) {
            for (String name : names(c)) {
                String previous = owner.putIfAbsent(CameoOntology.nameKey(name), c.code());
                assertThat(previous == null || previous.equals(c.code()))
                        .as("'%s' of %s is already a name of %s", name, c.code(), previous).isTrue();
            }
        }
    }

    private static List<String> names(Country c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.label());
        return names;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"GOV, Government", "MIL, Military", "COP, Police forces"})
    void stateActorTypesExist(String code, String label) {
        assertThat(cameo.actorType(code)).map(ActorType::label).contains(label);
    }

    @Test
    void unknownActorTypeIsEmpty() {
        assertThat(cameo.actorType("XYZ")).isEmpty();
        assertThat(cameo.actorType(null)).isEmpty();
    }

    @Test
    void iso2AndImfCodesFindTheCountriesTheUnAndImfDataName() {
        CameoOntology o = CameoOntology.standard();
        assertThat(o.countryByIso2("PK")).map(Country::code).contains("PAK");
        assertThat(o.countryByIso2("US")).map(Country::code).contains("USA");
        assertThat(o.countryByImf(564)).map(Country::code).contains("PAK");
        assertThat(o.countryByImf(111)).map(Country::code).contains("USA");
        assertThat(o.countryByImf(924)).map(Country::code).contains("CHN");
        assertThat(o.countryByIso2("XX")).isEmpty();
        assertThat(o.country("AFR").orElseThrow().iso2()).isEmpty();
    }
}
