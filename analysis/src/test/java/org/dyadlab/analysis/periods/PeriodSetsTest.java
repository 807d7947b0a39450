package org.dyadlab.analysis.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PeriodSets}: the built-in US administrations, a user's YAML file, and errors naming file and period. */
class PeriodSetsTest {

    @Test
    void theBuiltInAdministrationsRunFromInaugurationToInauguration() {
        PeriodSet set = PeriodSets.builtIn("us-administrations");
        assertThat(PeriodSets.builtIn()).containsExactly("us-administrations");
        assertThat(PeriodSets.resolve("us-administrations")).isEqualTo(set);
        assertThat(set.name()).isEqualTo("us-administrations");
        assertThat(set.periods()).containsExactly(
                new Period("Obama II", LocalDate.of(2013, 1, 20), LocalDate.of(2017, 1, 20)),
                new Period("Trump I", LocalDate.of(2017, 1, 20), LocalDate.of(2021, 1, 20)),
                new Period("Biden", LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 20)),
                new Period("Trump II", LocalDate.of(2025, 1, 20), null));
        assertThat(set.periods().get(0).lastDay()).isEqualTo(LocalDate.of(2017, 1, 19));
        assertThat(set.periodOf(LocalDate.of(2013, 1, 19))).isEmpty();
        assertThat(set.indexOf(LocalDate.of(2030, 6, 1))).isEqualTo(3);
    }

    private static Path write(Path dir, String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aUserFileTakesExplicitLastDaysAndOtherwiseEndsTheDayBeforeTheNextStart(@TempDir Path dir) throws IOException {
        Path file = write(dir, "phases.yaml", """
                name: pak-usa-phases
                description: phases of the relationship
                periods:
                  - name: Before the suspension
                    start: 2013-01-01
                  - name: Suspension
                    start: 2018-01-04
                    end: 2021-01-19        # the last day, inclusive
                  - name: Reset
                    start: 2022-01-01
                    end: 2022-12-31
                """);
        PeriodSet set = PeriodSets.resolve(file.toString());
        assertThat(set.name()).isEqualTo("pak-usa-phases");
        assertThat(set.description()).isEqualTo("phases of the relationship");
        assertThat(set.periods()).containsExactly(
                new Period("Before the suspension", LocalDate.of(2013, 1, 1), LocalDate.of(2018, 1, 4)),
                new Period("Suspension", LocalDate.of(2018, 1, 4), LocalDate.of(2021, 1, 20)),
                new Period("Reset", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)));
        assertThat(set.periodOf(LocalDate.of(2021, 1, 19)).orElseThrow().name()).isEqualTo("Suspension");
        assertThat(set.periodOf(LocalDate.of(2021, 1, 20))).as("a gap between periods").isEmpty();
        assertThat(set.periodOf(LocalDate.of(2022, 12, 31)).orElseThrow().name()).isEqualTo("Reset");
        assertThat(set.periodOf(LocalDate.of(2023, 1, 1))).isEmpty();

        PeriodSet open = PeriodSets.read(write(dir, "open.yaml", """
                name: open
                periods:
                  - name: Only
                    start: 2020-02-29
                """));
        assertThat(open.periods()).containsExactly(new Period("Only", LocalDate.of(2020, 2, 29), null));
        assertThat(open.description()).isEmpty();
    }

    @Test
    void aPeriodWithoutANameIsAnErrorNamingTheFileAndThePeriod(@TempDir Path dir) throws IOException {
        Path file = write(dir, "noname.yaml", """
                name: broken
                periods:
                  - name: First
                    start: 2013-01-01
                  - start: 2018-01-04
                """);
        assertThatThrownBy(() -> PeriodSets.read(file)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("period 2").hasMessageContaining("'name'");
    }

    @Test
    void aBadDateIsAnErrorNamingTheFileThePeriodAndTheValue(@TempDir Path dir) throws IOException {
        Path file = write(dir, "baddate.yaml", """
                name: broken
                periods:
                  - name: First
                    start: 2013-01-01
                  - name: Second
                    start: 2018-13-04
                """);
        assertThatThrownBy(() -> PeriodSets.read(file)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("period 2").hasMessageContaining("Second")
                .hasMessageContaining("2018-13-04");
        Path badEnd = write(dir, "badend.yaml", """
                name: broken
                periods:
                  - name: First
                    start: 2013-01-01
                    end: 20 January 2017
                """);
        assertThatThrownBy(() -> PeriodSets.read(badEnd)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(badEnd.toString()).hasMessageContaining("First").hasMessageContaining("'end'");
    }

    @Test
    void overlappingPeriodsAreAnErrorNamingTheFileAndBothPeriods(@TempDir Path dir) throws IOException {
        Path file = write(dir, "overlap.yaml", """
                name: broken
                periods:
                  - name: First
                    start: 2013-01-01
                    end: 2018-02-01
                  - name: Second
                    start: 2018-01-04
                """);
        assertThatThrownBy(() -> PeriodSets.read(file)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'First'").hasMessageContaining("'Second'")
                .hasMessageContaining("overlap");
        Path outOfOrder = write(dir, "order.yaml", """
                name: broken
                periods:
                  - name: Later
                    start: 2018-01-04
                  - name: Earlier
                    start: 2013-01-01
                """);
        assertThatThrownBy(() -> PeriodSets.read(outOfOrder)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(outOfOrder.toString()).hasMessageContaining("'Later'");
    }

    @Test
    void anEmptyOrMissingListOfPeriodsIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path empty = write(dir, "empty.yaml", "name: nothing\nperiods: []\n");
        assertThatThrownBy(() -> PeriodSets.read(empty)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("'periods'");
        Path missing = write(dir, "missing.yaml", "name: nothing\n");
        assertThatThrownBy(() -> PeriodSets.read(missing)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("'periods'");
        Path noSetName = write(dir, "nosetname.yaml", "periods:\n  - name: A\n    start: 2013-01-01\n");
        assertThatThrownBy(() -> PeriodSets.read(noSetName)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(noSetName.toString()).hasMessageContaining("'name'");
    }

    @Test
    void anEndBeforeTheStartOrARepeatedNameIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path backwards = write(dir, "backwards.yaml", """
                name: broken
                periods:
                  - name: Backwards
                    start: 2018-01-04
                    end: 2018-01-02
                """);
        assertThatThrownBy(() -> PeriodSets.read(backwards)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(backwards.toString()).hasMessageContaining("Backwards");
        Path twice = write(dir, "twice.yaml", """
                name: broken
                periods:
                  - name: Same
                    start: 2013-01-01
                  - name: Same
                    start: 2018-01-04
                """);
        assertThatThrownBy(() -> PeriodSets.read(twice)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(twice.toString()).hasMessageContaining("repeats");
    }

    @Test
    void somethingThatIsNeitherABuiltInSetNorAFileIsRefused(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> PeriodSets.resolve("eu-presidencies")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eu-presidencies").hasMessageContaining("us-administrations");
        Path notYaml = write(dir, "list.yaml", "- just\n- a list\n");
        assertThatThrownBy(() -> PeriodSets.read(notYaml)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(notYaml.toString());
        Path broken = write(dir, "broken.yaml", "name: [unclosed\n");
        assertThatThrownBy(() -> PeriodSets.read(broken)).isInstanceOf(PeriodSetException.class)
                .hasMessageContaining(broken.toString());
    }
}
