package org.dyadlab.corpus.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyadlab.corpus.TestStore;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeMatricesTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEXT = "Aid was cut. Havens remain. Talks go on.";

    @TempDir
    Path dir;

    private static final Codebook BOOK = CodebookYaml.read("""
            name: t
            codes:
              - {id: economic, definition: x, codes: [{id: aid, definition: x}]}
              - {id: strategic, definition: x, codes: [{id: ct, definition: x}]}
            """, "t").orThrow("t");

    private static void add(EventStore s, String id, SourceKind kind, String side, LocalDate date) {
        s.corpus().addDocument(new Document(id, "/" + id, kind, new Side(side),
                new DocumentMetadata(null, List.of(), date, null, null, null), 1),
                new DocumentVersion(id, 1, String.valueOf(id.charAt(0)).repeat(64).replace('p', 'a').replace('u', 'b'),
                        "text/plain", TEXT, List.of(new TextSpan(0, TEXT.length())),
                        List.of(new TextSpan(0, TEXT.length())), T));
    }

    private static Passage p(String doc, int start, int end, String code, String coder) {
        return new Passage(0, doc, 1, new TextSpan(start, end), code, coder, CodingOrigin.MANUAL, null,
                TEXT.substring(start, end), T);
    }

    @Test
    void frequenciesRollThemesUpToTheirFactorAndCountDocumentsOnce() throws Exception {
        try (EventStore s = TestStore.open(dir.resolve("ws"))) {
            add(s, "pak", SourceKind.OFFICIAL_STATEMENT, "PAK", LocalDate.of(2017, 6, 1));
            add(s, "usa", SourceKind.SPEECH, "USA", LocalDate.of(2018, 9, 25));
            s.coding().addAll(List.of(p("pak", 0, 12, "economic.aid", "alice"), p("pak", 13, 27, "strategic.ct", "alice"),
                    p("pak", 0, 27, "strategic.ct", "bob"), p("usa", 0, 12, "economic.aid", "alice"),
                    p("usa", 28, 40, "economic", "alice")));
            CodeMatrices m = new CodeMatrices(s.corpus(), s.coding(), BOOK);
            Path yaml = Files.writeString(dir.resolve("periods.yaml"), """
                    periods:
                      - {name: Trump I, from: 2017-01-20, to: 2021-01-19}
                      - {name: before, from: 2013-01-01, to: 2017-01-19}
                    """);
            CodeMatrix byPeriod = m.byPeriod(PeriodSet.read(yaml), CodeMatrices.Measure.PASSAGES, Set.of());
            assertThat(byPeriod.columns()).containsExactly("Trump I", "before");
            assertThat(byPeriod.get("economic", "Trump I")).isEqualTo(3);
            assertThat(byPeriod.get("economic.aid", "Trump I")).isEqualTo(2);
            assertThat(byPeriod.get("strategic", "before")).isZero();
            CodeMatrix docs = m.bySide(CodeMatrices.Measure.DOCUMENTS, Set.of("alice"));
            assertThat(docs.columns()).containsExactly("PAK", "USA");
            assertThat(docs.get("economic", "USA")).isEqualTo(1);
            assertThat(docs.get("strategic.ct", "PAK")).isEqualTo(1);
            CodeMatrix kinds = m.byKind(CodeMatrices.Measure.PASSAGES, Set.of("bob"));
            assertThat(kinds.get("strategic.ct", "official")).isEqualTo(1);
            assertThat(kinds.get("strategic.ct", "speech")).isZero();
            assertThat(PeriodSet.years(List.of(LocalDate.of(2016, 3, 1), LocalDate.of(2018, 1, 1))).periods())
                    .extracting(Period::name).containsExactly("2016", "2017", "2018");
        }
    }

    @Test
    void coOccurrenceCountsSentencesOrDocumentsCodedWithBoth() {
        try (EventStore s = TestStore.open(dir.resolve("ws"))) {
            add(s, "pak", SourceKind.OFFICIAL_STATEMENT, "PAK", LocalDate.of(2017, 6, 1));
            s.coding().addAll(List.of(p("pak", 0, 12, "economic.aid", "alice"), p("pak", 0, 27, "strategic.ct", "bob"),
                    p("pak", 28, 40, "economic", "alice")));
            CodeMatrices m = new CodeMatrices(s.corpus(), s.coding(), BOOK);
            CodeMatrix sentences = m.coOccurrence(CodeMatrices.Scope.SENTENCE, Set.of());
            assertThat(sentences.get("economic.aid", "strategic.ct")).isEqualTo(1);
            assertThat(sentences.get("economic", "strategic")).isEqualTo(1);
            assertThat(sentences.get("economic", "economic")).isEqualTo(2);
            assertThat(sentences.get("strategic.ct", "strategic.ct")).isEqualTo(2);
            CodeMatrix documents = m.coOccurrence(CodeMatrices.Scope.DOCUMENT, Set.of());
            assertThat(documents.get("economic", "strategic")).isEqualTo(1);
        }
    }

    @Test
    void badPeriodsAreNamed() throws Exception {
        Path yaml = Files.writeString(dir.resolve("p.yaml"), "periods:\n  - {name: x, from: 2019-01-01, to: 2018-01-01}\n");
        assertThatThrownBy(() -> PeriodSet.read(yaml)).hasMessageContaining("period 1").hasMessageContaining("before");
    }
}
