package org.dyadlab.events.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GDELT's list layouts: md5sums + filesizes (1.0) and masterfilelist.txt (2.0); bad lines reported by number. */
class GdeltFileListTest {
    private static final URI BASE = URI.create("http://mirror.example/events/");

    private static BufferedReader text(String s) {
        return new BufferedReader(new StringReader(s));
    }

    @Test
    void gdelt1JoinsChecksumsAndSizesOfTheDailyFilesInRange() throws Exception {
        String md5 = "0123456789abcdef0123456789abcdef  20130401.export.CSV.zip\n"
                + "fedcba9876543210fedcba9876543210  20130402.export.CSV.zip\n"
                + "00000000000000000000000000000000  201303.zip\n"
                + "this line is broken\n"
                + "11111111111111111111111111111111  20130405.export.CSV.zip\n";
        String sizes = "1234 20130401.export.CSV.zip\n99 201303.zip\n11 20130405.export.CSV.zip\n";

        GdeltFileList.Listing l = GdeltFileList.v1(text(md5), text(sizes), BASE, LocalDate.of(2013, 4, 1),
                LocalDate.of(2013, 4, 2));

        assertThat(l.files()).extracting(GdeltFileEntry::name)
                .containsExactly("20130401.export.CSV.zip", "20130402.export.CSV.zip");
        assertThat(l.files().get(0).size()).isEqualTo(1234);
        assertThat(l.files().get(0).uri()).isEqualTo(URI.create("http://mirror.example/events/20130401.export.CSV.zip"));
        assertThat(l.files().get(1).size()).isEqualTo(-1);
        assertThat(l.problems()).containsExactly("md5sums:4: expected '<md5> <file name>', was 'this line is broken'",
                "filesizes: no size for 20130402.export.CSV.zip; only its MD5 is checked");
    }

    @Test
    void gdelt2KeepsTheEventExportsOfTheRangeFromTheMasterList() throws Exception {
        String master = "150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip\n"
                + "318084 bb27f78ba45f69a17ea6ed7755e9f8ff http://data.gdeltproject.org/gdeltv2/20150218230000.mentions.CSV.zip\n"
                + "149211 2a91041d7e72b0fc6a629e2ff867b240 http://data.gdeltproject.org/gdeltv2/20150219000000.export.CSV.zip\n"
                + " http://data.gdeltproject.org/gdeltv2/20150218231500.gkg.csv.zip\n";

        GdeltFileList.Listing l = GdeltFileList.v2(text(master), URI.create("http://127.0.0.1:1/g/"),
                LocalDate.of(2015, 2, 18), LocalDate.of(2015, 2, 18));

        assertThat(l.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("20150218230000.export.CSV.zip");
            assertThat(f.size()).isEqualTo(150383);
            assertThat(f.md5()).isEqualTo("297a16b493de7cf6ca809a7cc31d0b93");
            assertThat(f.uri()).hasToString("http://127.0.0.1:1/g/20150218230000.export.CSV.zip");
        });
        assertThat(l.problems()).singleElement().asString().startsWith("masterfilelist.txt:4: expected");
    }
}
