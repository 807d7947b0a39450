package org.dyadlab.analysis.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyadlab.analysis.PlainSql;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ImfDotsReader}: the real DOTS export against SQL over it, and a hand-made file with every oddity. */
class ImfDotsReaderTest {
    private static final CameoOntology CAMEO = CameoOntology.standard();

    private static Map<Integer, Double> byYear(List<IndicatorObservation> obs, String indicator, String subject) {
        Map<Integer, Double> out = new TreeMap<>();
        obs.stream().filter(o -> o.indicator().equals(indicator) && o.subject().equals(subject))
                .forEach(o -> out.put(o.date().getYear(), o.value()));
        return out;
    }

    /**
     * SQL reads the file without its header line (which holds the byte-order mark and the repeated "Status"),
     * so columns are column0 … column9 by position: 3 counterpart IMF code, 4 year, 5 exports, 7 imports.
     */
    @Test
    @SharedDataTest
    void usPakistanGoodsTradeEqualsSqlOverTheFile() throws IOException {
        Path file = SharedData.resolve("imf-dots-us-bilateral/dots_us.csv");
        IndicatorReadResult read = new ImfDotsReader(CAMEO).read(file);
        Map<Integer, Double> exports = byYear(read.observations(), "us_goods_exports", "USA-PAK");
        Map<Integer, Double> imports = byYear(read.observations(), "us_goods_imports", "USA-PAK");

        List<Object[]> rows = PlainSql.rows("SELECT CAST(column4 AS INTEGER), CAST(column5 AS DOUBLE), "
                + "CAST(column7 AS DOUBLE) FROM read_csv(" + PlainSql.literal(file) + ", header = false, skip = 1, "
                + "all_varchar = true) WHERE column1 = '111' AND column3 = '564' ORDER BY 1");
        assertThat(rows).as("1995–2022").hasSize(28);
        for (Object[] r : rows) {
            int year = (Integer) r[0];
            assertThat(exports.get(year)).as("exports " + year).isEqualTo(r[1]);
            assertThat(imports.get(year)).as("imports " + year).isEqualTo(r[2]);
        }
        // PROVENANCE.md: 2018 exports 2.852 bn, imports 3.706 bn
        assertThat(exports.get(2018)).isCloseTo(2.852e9, within(0.5e6));
        assertThat(imports.get(2018)).isCloseTo(3.706e9, within(0.5e6));
        IndicatorObservation e2018 = read.observations().stream().filter(o -> o.indicator().equals("us_goods_exports")
                && o.subject().equals("USA-PAK") && o.timeLabel().equals("2018")).findFirst().orElseThrow();
        assertThat(e2018.date()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(e2018.precision()).isEqualTo(IndicatorObservation.Precision.YEAR);

        // every non-empty value of a partner with a CAMEO country becomes an observation
        long sqlValues = ((Number) PlainSql.rows("SELECT count(*) FILTER (WHERE trim(column5) <> '') "
                + "+ count(*) FILTER (WHERE trim(column7) <> '') FROM read_csv(" + PlainSql.literal(file)
                + ", header = false, skip = 1, all_varchar = true) WHERE column3 = '564'").get(0)[0]).longValue();
        assertThat(exports.size() + imports.size()).isEqualTo(sqlValues);
        assertThat(read.rowsRead()).isEqualTo(5_576);
        assertThat(read.rejects()).isEmpty();
    }

    @Test
    void aHandMadeExportWithBomRepeatedHeaderGroupsAndGaps(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dots.csv");
        String header = "\uFEFF\"Country Name\",\"Country Code\",\"Counterpart Country Name\",\"Counterpart Country Code\","
                + "Time Period,\"Goods, Value of Exports, FOB, USD\",Status,\"Goods, Value of Imports, CIF, USD\",Status,";
        Files.write(file, List.of(header,
                "\"United States\",\"111\",\"Pakistan\",\"564\",2018,\"2852148420\",\"\",\"3705551200\",\"\",",
                "\"United States\",\"111\",\"Pakistan\",\"564\",2019,\"\",\"\",\"3800000000\",\"\",",
                "\"United States\",\"111\",\"Advanced Economies\",\"110\",2018,\"5\",\"\",\"6\",\"\",",
                "\"United Kingdom\",\"112\",\"Pakistan\",\"564\",2018,\"1\",\"\",\"2\",\"\",",
                "\"United States\",\"111\",\"India\",\"534\",20x8,\"1\",\"\",\"2\",\"\",",
                "\"United States\",\"111\",\"India\",\"534\",2018,\"a lot\",\"\",\"2\",\"\","), StandardCharsets.UTF_8);
        IndicatorReadResult read = new ImfDotsReader(CAMEO).read(file);

        assertThat(read.rowsRead()).isEqualTo(6);
        assertThat(byYear(read.observations(), "us_goods_exports", "USA-PAK")).containsExactly(Map.entry(2018, 2852148420.0));
        assertThat(byYear(read.observations(), "us_goods_imports", "USA-PAK")).containsExactly(
                Map.entry(2018, 3705551200.0), Map.entry(2019, 3800000000.0));
        assertThat(byYear(read.observations(), "us_goods_imports", "USA-IND")).containsExactly(Map.entry(2018, 2.0));
        assertThat(read.leftOut()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "counterpart is a country group or has no CAMEO country", 1L, "empty exports value", 1L));
        assertThat(read.rejects()).extracting(IndicatorReadResult.Rejected::line, IndicatorReadResult.Rejected::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "Country Code"),
                        org.assertj.core.groups.Tuple.tuple(6L, "Time Period"),
                        org.assertj.core.groups.Tuple.tuple(7L, "exports"));
    }

    @Test
    void aFileThatIsNotADotsExportIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aid.csv");
        Files.writeString(file, "Country Code,Country Name,Region ID,Region Name,x,y,z,w,v\nPAK,Pakistan,1,2,3,4,5,6,7\n");
        assertThatThrownBy(() -> new ImfDotsReader(CAMEO).read(file)).isInstanceOf(IndicatorFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("Time Period");
    }
}
