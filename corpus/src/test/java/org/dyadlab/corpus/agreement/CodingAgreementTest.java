package org.dyadlab.corpus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.dyadlab.corpus.TestStore;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agreement on a four-sentence document, every figure worked out by hand in the comments. */
class CodingAgreementTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    // sentences: s1 0:11, s2 12:23, s3 24:35, s4 36:47
    private static final String TEXT = "Sentence 1. Sentence 2. Sentence 3. Sentence 4.";

    @TempDir
    Path dir;

    private int runs;

    private static TextSpan s(int i) {
        return new TextSpan(12 * (i - 1), 12 * (i - 1) + 11);
    }

    private static Passage p(String coder, int sentence, String code) {
        TextSpan span = s(sentence);
        return new Passage(0, "d", 1, span, code, coder, CodingOrigin.MANUAL, null,
                TEXT.substring(span.start(), span.end()), T);
    }

    private AgreementReport compare(List<String> codes) {
        try (EventStore store = TestStore.open(dir.resolve("ws" + (++runs)))) {
            store.corpus().addDocument(new Document("d", "/d.txt", SourceKind.NEWS, null, DocumentMetadata.EMPTY, 1),
                    new DocumentVersion("d", 1, "a".repeat(64), "text/plain", TEXT, List.of(new TextSpan(0, 47)),
                            List.of(new TextSpan(0, 47)), T));
            store.coding().addAll(List.of(p("alice", 1, "f.a"), p("alice", 2, "f.b"), p("bob", 1, "f.a"),
                    p("bob", 3, "f.a")));
            return new CodingAgreement(store.corpus(), store.coding()).compare("alice", "bob", codes, Set.of());
        }
    }

    @Test
    void perCodeOnAllUnitsAndOnCodedUnits() {
        AgreementReport r = compare(List.of("f.a", "f.b", "f.c"));
        assertThat(r.units()).isEqualTo(4);
        assertThat(r.codedUnits()).isEqualTo(3); // s1, s2, s3
        CodeAgreement a = r.codes().get(0);
        // all units: both s1, only bob s3, neither s2 s4 -> po 3/4, pe = 1/4*1/2 + 3/4*1/2 = 1/2, kappa 1/2
        assertThat(a.allUnits()).isEqualTo(new AgreementStats(1, 0, 1, 2));
        assertThat(a.allUnits().percentAgreement()).isEqualTo(0.75);
        assertThat(a.allUnits().cohensKappa()).isCloseTo(0.5, within(1e-12));
        // coded units s1..s3: both s1, only bob s3, neither s2 -> po 2/3, pe 4/9, kappa 2/5
        assertThat(a.codedUnits()).isEqualTo(new AgreementStats(1, 0, 1, 1));
        assertThat(a.codedUnits().cohensKappa()).isCloseTo(0.4, within(1e-12));
        // only alice used f.b, once: pe = 0*1/4 + 1*3/4 = 3/4, po 3/4 -> kappa 0
        assertThat(r.codes().get(1).allUnits().cohensKappa()).isCloseTo(0.0, within(1e-12));
        // f.c: nobody used it -> agreement 100 %, kappa and alpha undefined
        CodeAgreement never = r.codes().get(2);
        assertThat(never.allUnits().percentAgreement()).isEqualTo(1.0);
        assertThat(never.allUnits().cohensKappa()).isNaN();
        assertThat(never.codedUnits().krippendorffAlpha()).isNaN();
        // pooled over the three codes: 12 (unit, code) pairs on all units, 9 on coded units
        assertThat(r.overallAll().units()).isEqualTo(12);
        assertThat(r.overallCoded().units()).isEqualTo(9);
        assertThat(r.overallAll()).isEqualTo(new AgreementStats(1, 1, 1, 9));
    }

    @Test
    void aFactorCountsItsThemesAndTheDefaultCodesAreThoseUsed() {
        AgreementReport r = compare(List.of());
        assertThat(r.codes()).extracting(CodeAgreement::codeId).containsExactly("f.a", "f.b");
        AgreementReport factor = compare(List.of("f"));
        // alice f on s1 s2, bob f on s1 s3
        assertThat(factor.codes().get(0).allUnits()).isEqualTo(new AgreementStats(1, 1, 1, 1));
    }
}
