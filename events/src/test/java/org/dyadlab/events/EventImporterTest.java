package org.dyadlab.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing files into a store: rejects file and summary, duplicates, idempotent re-import, strict mode. */
class EventImporterTest {
    @TempDir
    Path dir;

    private EventStore store;
    private EventImporter importer;
    private final EventReaders readers = new EventReaders(CameoOntology.standard());

    @BeforeEach
    void open() {
        store = EventStore.open(new Workspace(dir.resolve("ws")), CameoOntology.standard());
        importer = new EventImporter(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> rows(int n, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticGdelt(n, seed, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), "PAK", "USA", 5).write(out);
        return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
    }

    private Path file(String name, List<String> lines) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private ImportSummary importGdelt2(Path file, boolean strict) {
        return importer.importFile(file, EventFormat.GDELT2, readers.forFormat(EventFormat.GDELT2),
                ImportOptions.builder(dir.resolve("ws/rejects")).strict(strict).build(), ProgressListener.NONE);
    }

    @Test
    void badRowsAreSkippedListedInTheRejectsFileAndTheGoodRowsImported() throws Exception {
        List<String> lines = rows(50, 1);
        lines.set(9, lines.get(9).replaceFirst("\t2018\\d{4}\t", "\t2018-13-01\t"));
        lines.set(19, "not\ta\tgdelt\trow");
        Path f = file("mixed.csv", lines);

        ImportSummary s = importGdelt2(f, false);

        assertThat(s.read()).isEqualTo(50);
        assertThat(s.rejected()).isEqualTo(2);
        assertThat(s.imported()).isEqualTo(48);
        assertThat(store.countEvents()).isEqualTo(48);
        assertThat(s.firstRejects()).extracting(Reject::line).containsExactly(10L, 20L);
        List<CSVRecord> rejects = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(Path.of(s.rejectsFile()))).getRecords();
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(0).get("file")).isEqualTo(f.toString());
        assertThat(rejects.get(0).get("line")).isEqualTo("10");
        assertThat(rejects.get(0).get("field")).isEqualTo("SQLDATE");
        assertThat(rejects.get(1).get("raw")).isEqualTo("not\ta\tgdelt\trow");
    }

    @Test
    void aCleanFileLeavesNoRejectsFile() throws Exception {
        ImportSummary s = importGdelt2(file("clean.csv", rows(20, 2)), false);
        assertThat(s.rejectsFile()).isNull();
        assertThat(Files.exists(dir.resolve("ws/rejects"))).isFalse();
    }

    @Test
    void reImportingTheSameFileAddsNothing() throws Exception {
        Path f = file("twice.csv", rows(200, 3));
        ImportSummary first = importGdelt2(f, false);
        ImportSummary second = importGdelt2(f, false);
        assertThat(first.imported()).isEqualTo(200);
        assertThat(second.imported()).isZero();
        assertThat(second.duplicateIds()).isEqualTo(200);
        assertThat(store.countEvents()).isEqualTo(200);
        assertThat(store.summary().imports()).hasSize(2);
    }

    @Test
    void sameEventUnderAnotherIdWithTheSameUrlCountsAsAContentDuplicate() throws Exception {
        List<String> lines = rows(10, 4);
        String copy = lines.get(3).replaceFirst("^\\d+", "999999999");
        lines.add(copy);
        ImportSummary s = importGdelt2(file("copy.csv", lines), false);
        assertThat(s.imported()).isEqualTo(10);
        assertThat(s.duplicateContent()).isEqualTo(1);
        assertThat(s.duplicateIds()).isZero();
    }

    @Test
    void sameIdTwiceInOneFileKeepsTheFirst() throws Exception {
        List<String> lines = rows(5, 5);
        String id = lines.get(0).substring(0, lines.get(0).indexOf('\t'));
        lines.add(lines.get(4).replaceFirst("^\\d+", id));
        ImportSummary s = importGdelt2(file("dup.csv", lines), false);
        assertThat(s.duplicateIds()).isEqualTo(1);
        List<String> urls = new ArrayList<>();
        store.forEachEvent(org.dyadlab.store.EventQuery.ALL, e -> {
            if (e.originId().equals(id)) {
                urls.add(e.sourceUrl());
            }
        });
        assertThat(urls).containsExactly(lines.get(0).substring(lines.get(0).lastIndexOf('\t') + 1));
    }

    @Test
    void strictImportStopsAtTheFirstRejectAndStoresNothingOfTheFile() throws Exception {
        importGdelt2(file("before.csv", rows(30, 6)), false);
        List<String> lines = rows(100, 7);
        lines.set(60, lines.get(60).replaceFirst("\t\\d{3,4}\t(\\d{3})\t(\\d{2})\t", "\t13y\t130\t13\t"));
        Path bad = file("bad.csv", lines);

        assertThatThrownBy(() -> importGdelt2(bad, true))
                .isInstanceOf(ImportAbortedException.class)
                .hasMessageContaining("bad.csv:61: EventCode: unknown CAMEO event code '13y'")
                .hasMessageContaining("nothing from this file was imported");
        assertThat(store.countEvents()).isEqualTo(30);
        assertThat(store.summary().imports()).hasSize(1);
        ImportSummary lenient = importGdelt2(bad, false);
        assertThat(lenient.imported()).isEqualTo(99);
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> importGdelt2(missing, false)).isInstanceOf(EventFileException.class)
                .hasMessageContaining("nope.csv");
    }
}
