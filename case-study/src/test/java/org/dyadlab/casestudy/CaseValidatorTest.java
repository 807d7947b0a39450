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

    @Test
    void theBuiltInGazetteerAndFindingsAreCountedAndTheirSourcesUsed() {
        CaseValidator.Report r = validator.validate(CaseFolders.read(CaseFixture.builtIn()));
        assertThat(r.gazetteerEntries()).isGreaterThanOrEqualTo(40);
        assertThat(r.findings()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void mistakesInTheGazetteerAreReportedWithTheirLine() throws Exception {
        Path folder = CaseFixture.copy(dir);
        Files.writeString(folder.resolve("gazetteer.yaml"), """
                entries:
                  - id: good
                    kind: agreement
                    name: A Good Agreement
                    aliases: [AGA]
                    date: 2016-08-29
                    sources: [voa2016lemoa]
                  - id: bad-source
                    kind: programme
                    name: Bad Source Programme
                    sources: [nosuchkey2099]
                    chronology: [2099-01-01-nothing]
                    parties: [ZZZ]
                  - id: bad-date
                    kind: event
                    name: Bad Date Event
                    date: 2016-13-01
                    sources: [voa2016lemoa]
                  - id: clash
                    kind: organisation
                    name: Another
                    aliases: [AGA]
                    sources: [voa2016lemoa]
                  - id: good
                    kind: nonsense
                    name: Twice
                """, StandardCharsets.UTF_8);
        CaseValidator.Report r = validator.validate(CaseFolders.read(folder));
        assertThat(r.problems()).extracting(CaseProblem::toString).anySatisfy(p -> assertThat(p)
                        .startsWith("gazetteer.yaml:8: bad-source: source 'nosuchkey2099'"))
                .anySatisfy(p -> assertThat(p).contains("gazetteer.yaml:8: bad-source: chronology id '2099-01-01-nothing'"))
                .anySatisfy(p -> assertThat(p).contains("bad-source: party 'ZZZ'"))
                .anySatisfy(p -> assertThat(p).contains("gazetteer.yaml:14: bad-date").contains("is not a date"))
                .anySatisfy(p -> assertThat(p).contains("clash: the name 'AGA' also names 'good'"))
                .anySatisfy(p -> assertThat(p).contains("gazetteer.yaml:24: good: id: 'good' is used twice"))
                .anySatisfy(p -> assertThat(p).contains("not cited by the chronology, the FATF series or the gazetteer"));
    }

    @Test
    void findingsWhoseReferencesDoNotResolveAreReported() throws Exception {
        Path folder = CaseFixture.copy(dir);
        Files.writeString(folder.resolve("findings.yaml"), """
                findings:
                  - id: ok
                    statement: Fine.
                    evidence:
                      - chronology: 2018-01-04-security-assistance-suspended
                  - id: broken
                    statement: Nothing resolves.
                    evidence:
                      - chronology: 2099-01-01-nothing
                      - gazetteer: nosuch
                      - indicator: {name: us_aid_obligations, subject: PAK, time: FY1900}
                      - passages: {code: economic.weather}
                      - events: {cameo: "9x"}
                      - rumour: something
                  - id: Bad Id
                    statement: Not a slug.
                  - id: empty
                    statement: No evidence at all.
                """, StandardCharsets.UTF_8);
        CaseValidator.Report r = validator.validate(CaseFolders.read(folder));
        assertThat(r.problems()).extracting(CaseProblem::toString)
                .anySatisfy(p -> assertThat(p).isEqualTo("findings.yaml:6: broken: chronology 2099-01-01-nothing: no "
                        + "such chronology event"))
                .anySatisfy(p -> assertThat(p).contains("broken: gazetteer nosuch: no such gazetteer entry"))
                .anySatisfy(p -> assertThat(p).contains("no row FY1900 in the case's indicators"))
                .anySatisfy(p -> assertThat(p).contains("'economic.weather' is not a code of the codebook"))
                .anySatisfy(p -> assertThat(p).contains("'9x' is not a CAMEO event code or root"))
                .anySatisfy(p -> assertThat(p).contains("unknown kind of evidence 'rumour'"))
                .anySatisfy(p -> assertThat(p).contains("findings.yaml:15: Bad Id").contains("slug"))
                .anySatisfy(p -> assertThat(p).contains("empty: no evidence"))
                .noneSatisfy(p -> assertThat(p).contains(": ok:"));
    }
}
