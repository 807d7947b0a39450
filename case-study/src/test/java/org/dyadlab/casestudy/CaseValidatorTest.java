package org.dyadlab.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in case passes validation; every kind of mistake in a copy is found where it is. */
class CaseValidatorTest {
    @TempDir
    Path dir;

    private final CaseValidator validator = new CaseValidator(CameoOntology.standard());

    @Test
    void theBuiltInCaseIsValidWithAtLeastSixtySourcedEvents() {
        CaseValidator.Report r = validator.validate(CaseFolders.read(CaseFixture.builtIn()));
        assertThat(r.problems()).isEmpty();
        assertThat(r.events()).isGreaterThanOrEqualTo(60);
        assertThat(r.sources()).isPositive();
        assertThat(r.fatfRows()).isPositive();
    }

    @Test
    void mistakesInTheChronologyAreReportedWithLineAndField() throws Exception {
        Path folder = CaseFixture.copy(dir);
        Path chronology = folder.resolve("chronology.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(chronology, StandardCharsets.UTF_8));
        // line 2: the first event; break it five ways in five copies of it appended at the end
        String first = lines.get(1);
        String[] f = first.split(",", -1);
        lines.add(first.replace(f[0], f[0] + "-bad-date").replace("," + f[1] + ",", ",2013-02-30,"));
        lines.add(first.replace(f[0], f[0] + "-bad-code").replace("," + f[5] + ",", ",13y,"));
        lines.add(first.replace(f[0], f[0] + "-bad-theme").replace("," + f[6] + ",", ",economic.weather,"));
        lines.add(first.replace(f[0], f[0] + "-bad-source").replace(f[8], "nosuchkey2099"));
        lines.add(first);
        Files.write(chronology, lines, StandardCharsets.UTF_8);
        int n = lines.size();

        CaseValidator.Report r = validator.validate(CaseFolders.read(folder));

        assertThat(r.problems()).extracting(CaseProblem::line, CaseProblem::field).contains(
                org.assertj.core.groups.Tuple.tuple((long) n - 4, "date"),
                org.assertj.core.groups.Tuple.tuple((long) n - 3, "cameo_code"),
                org.assertj.core.groups.Tuple.tuple((long) n - 2, "theme"),
                org.assertj.core.groups.Tuple.tuple((long) n - 1, "sources"),
                org.assertj.core.groups.Tuple.tuple((long) n, "id"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("chronology.csv:" + n).contains("the same date, actors and code as"));
        assertThat(r.ok()).isFalse();
    }

    @Test
    void anUncitedBibliographyEntryIsAProblem() throws Exception {
        Path folder = CaseFixture.copy(dir);
        Files.writeString(folder.resolve("sources.bib"), "\n@online{orphan2020,\n  title = {Nobody cites me},\n"
                + "  date = {2020-01-01},\n  url = {https://example.org/orphan},\n}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CaseValidator.Report r = validator.validate(CaseFolders.read(folder));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("orphan2020");
            assertThat(p.message()).contains("not cited");
        });
    }
}
