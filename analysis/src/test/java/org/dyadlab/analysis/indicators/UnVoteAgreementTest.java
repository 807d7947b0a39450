package org.dyadlab.analysis.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyadlab.analysis.PlainSql;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UnVoteAgreement}: on Voeten's real data against SQL, and on a hand-made file worked out by hand. */
class UnVoteAgreementTest {
    private static final CameoOntology CAMEO = CameoOntology.standard();
    private static final double TOLERANCE = 1e-12;

    private static Map<Integer, Double> byYear(List<IndicatorObservation> obs, String indicator) {
        Map<Integer, Double> out = new TreeMap<>();
        for (IndicatorObservation o : obs) {
            if (o.indicator().equals(indicator)) {
                assertThat(o.subject()).isEqualTo("PAK-USA");
                assertThat(o.precision()).isEqualTo(IndicatorObservation.Precision.YEAR);
                out.put(o.date().getYear(), o.value());
            }
        }
        return out;
    }

    /**
     * The second route: join the votes of PK and US on rcid, the year from the roll call's date; agreement =
     * share of equal votes; κ = (p_o − p_e) / (1 − p_e) with p_e = Σ over yes/abstain/no of the product of the
     * two countries' shares that year.
     */
    @Test
    @SharedDataTest
    void pakistanUsAgreementAndKappaByYearEqualSqlOverTheFiles() throws IOException {
        Path dir = SharedData.resolve("unvotes");
        IndicatorReadResult read = new UnVoteAgreement(CAMEO).read(dir, List.of(Dyad.parse("USA-PAK")));
        Map<Integer, Double> agreement = byYear(read.observations(), "un_vote_agreement");
        Map<Integer, Double> kappa = byYear(read.observations(), "un_vote_kappa");
        Map<Integer, Double> common = byYear(read.observations(), "un_votes_common");

        String votes = "read_csv(" + PlainSql.literal(dir.resolve("un_votes.csv")) + ", header = true, all_varchar = true)";
        String calls = "read_csv(" + PlainSql.literal(dir.resolve("un_roll_calls.csv"))
                + ", header = true, all_varchar = true)";
        String sql = "WITH pk AS (SELECT rcid, vote FROM " + votes + " WHERE country_code = 'PK'), "
                + "us AS (SELECT rcid, vote FROM " + votes + " WHERE country_code = 'US'), "
                + "pairs AS (SELECT year(CAST(c.date AS DATE)) AS y, pk.vote AS a, us.vote AS b FROM pk "
                + "  JOIN us ON pk.rcid = us.rcid JOIN " + calls + " c ON c.rcid = pk.rcid), "
                + "m AS (SELECT y, count(*) AS n, count(*) FILTER (WHERE a = b) AS agree, "
                + "  count(*) FILTER (WHERE a = 'yes') AS ay, count(*) FILTER (WHERE a = 'abstain') AS aa, "
                + "  count(*) FILTER (WHERE a = 'no') AS an, count(*) FILTER (WHERE b = 'yes') AS by_, "
                + "  count(*) FILTER (WHERE b = 'abstain') AS ba, count(*) FILTER (WHERE b = 'no') AS bn "
                + "  FROM pairs GROUP BY y) "
                + "SELECT y, n, agree / n AS po, (ay * by_ + aa * ba + an * bn) / (n * n) AS pe FROM m "
                + "WHERE y BETWEEN 2001 AND 2019 ORDER BY y";
        List<Object[]> rows = PlainSql.rows(sql);
        assertThat(rows).hasSize(19);
        for (Object[] r : rows) {
            int year = ((Number) r[0]).intValue();
            long n = ((Number) r[1]).longValue();
            double po = ((Number) r[2]).doubleValue();
            double pe = ((Number) r[3]).doubleValue();
            assertThat(common.get(year)).as("common votes " + year).isEqualTo((double) n);
            assertThat(agreement.get(year)).as("agreement " + year).isCloseTo(po, within(TOLERANCE));
            assertThat(kappa.get(year)).as("kappa " + year).isCloseTo((po - pe) / (1 - pe), within(1e-9));
        }
        // in these years Pakistan and the US disagree more often than not, and less than chance predicts
        assertThat(agreement.get(2018)).isBetween(0.0, 0.5);
        assertThat(read.rowsRead()).isEqualTo(870_109);
        assertThat(read.rejects()).isEmpty();
    }

    /**
     * Roll calls 1–4 in 2000, 5 in 2001. Pakistan: yes, yes, no, abstain, yes; US: yes, no, no, yes, yes, and
     * absent on a sixth. 2000: 4 common votes, 2 equal, p_o = 0.5; Pakistan's shares yes/abstain/no 2/4, 1/4,
     * 1/4, the US's 2/4, 0, 2/4, so p_e = 0.25 + 0 + 0.125 = 0.375 and κ = 0.125 / 0.625 = 0.2. 2001: one
     * common vote, both yes: agreement 1, κ undefined (p_e = 1).
     */
    @Test
    void aHandMadeYearGivesTheAgreementAndKappaWorkedOutByHand(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("un_roll_calls.csv"), List.of("rcid,session,importantvote,date,unres,amend,para,short,descr",
                "1,55,0,2000-03-01,,,,,", "2,55,0,2000-05-01,,,,,", "3,55,0,2000-10-01,,,,,",
                "4,55,0,2000-12-01,,,,,", "5,56,0,2001-02-01,,,,,", "6,56,0,2001-03-01,,,,,"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("un_votes.csv"), List.of("rcid,country,country_code,vote",
                "1,Pakistan,PK,yes", "1,United States,US,yes", "1,India,IN,no",
                "2,Pakistan,PK,yes", "2,United States,US,no",
                "3,Pakistan,PK,no", "3,United States,US,no",
                "4,Pakistan,PK,abstain", "4,United States,US,yes",
                "5,Pakistan,PK,yes", "5,United States,US,yes",
                "6,Pakistan,PK,no", "6,United States,US,maybe"), StandardCharsets.UTF_8);
        IndicatorReadResult read = new UnVoteAgreement(CAMEO).read(dir, List.of(Dyad.parse("PAK-USA")));

        assertThat(byYear(read.observations(), "un_vote_agreement")).containsExactly(Map.entry(2000, 0.5),
                Map.entry(2001, 1.0));
        assertThat(byYear(read.observations(), "un_votes_common")).containsExactly(Map.entry(2000, 4.0),
                Map.entry(2001, 1.0));
        Map<Integer, Double> kappa = byYear(read.observations(), "un_vote_kappa");
        assertThat(kappa).containsOnlyKeys(2000);
        assertThat(kappa.get(2000)).isCloseTo(0.2, within(TOLERANCE));
        assertThat(read.leftOut()).containsValue(1L).hasSize(1);
        assertThat(read.rejects()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("vote");
            assertThat(r.line()).as("the 14th line of the file").isEqualTo(14);
            assertThat(r.reason()).contains("maybe");
        });
    }

    @Test
    void aMissingFileOrACountryWithoutIso2IsRefused(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> new UnVoteAgreement(CAMEO).read(dir, List.of(Dyad.parse("PAK-USA"))))
                .isInstanceOf(IndicatorFileException.class).hasMessageContaining("un_votes.csv");
        Files.writeString(dir.resolve("un_votes.csv"), "rcid,country,country_code,vote\n");
        Files.writeString(dir.resolve("un_roll_calls.csv"), "rcid,session,importantvote,date\n");
        assertThatThrownBy(() -> new UnVoteAgreement(CAMEO).read(dir, List.of(Dyad.parse("PAK-XYZ"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    }
}
