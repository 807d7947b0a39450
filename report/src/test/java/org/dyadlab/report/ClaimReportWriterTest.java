package org.dyadlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadlab.report.ReportFixtures.ATTRIBUTE_BREAKER;
import static org.dyadlab.report.ReportFixtures.SCRIPT_BREAKER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.claim.Amount;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.claim.ManuscriptCitation;
import org.dyadlab.model.claim.Verdict;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The claim report page: no script, every string escaped, links only to http(s), contradicted claims first. */
class ClaimReportWriterTest {
    @TempDir
    Path dir;

    static ClaimCheckReport report() {
        Source good = new Source("voa2016lemoa", "online", "", "Voice of America", "", "https://www.voanews.com/x",
                "2016-08-29", "", null, null);
        Source evil = new Source("evil " + ATTRIBUTE_BREAKER, "online", "", SCRIPT_BREAKER, "", "javascript:alert(1)",
                "", "", SourceKind.NEWS, null);
        EvidenceItem lemoa = new EvidenceItem(EvidenceKind.GAZETTEER, "lemoa", LocalDate.of(2016, 8, 29), null,
                "agreement: LEMOA " + SCRIPT_BREAKER, List.of(good, evil), Stance.CONTRADICTS, "note " + ATTRIBUTE_BREAKER);
        Claim wrong = new Claim("c1", ClaimKind.DATE, 12, "They signed LEMOA in 2017 " + SCRIPT_BREAKER + " (Dawn 2017).",
                "LEMOA in 2017", "lemoa", new ClaimDate(LocalDate.of(2017, 1, 1), DatePrecision.YEAR, false, "2017"), null,
                List.of(new ManuscriptCitation("Dawn 2017", "Dawn", 2017, "", ""), new ManuscriptCitation("[3]", "", 0,
                        "3", "Reference " + ATTRIBUTE_BREAKER)));
        Claim sum = new Claim("c2", ClaimKind.AMOUNT, 14, "It cost $5 billion.", "$5 billion", "", null,
                new Amount(5e9, "USD", 1e9, false, "$5 billion"), List.of());
        return new ClaimCheckReport("draft " + SCRIPT_BREAKER + ".md", "pak-usa", LocalDate.of(2026, 1, 1), 2,
                List.of(new ClaimVerdict(sum, Verdict.UNVERIFIED, "no evidence gives a sum for this", List.of(),
                                List.of()),
                        new ClaimVerdict(wrong, Verdict.CONTRADICTED, "wrong date " + ATTRIBUTE_BREAKER, List.of(lemoa),
                                List.of(new Discrepancy("date", "2017", "signed 2016-08-29", "lemoa")))),
                List.of("no workspace " + SCRIPT_BREAKER));
    }

    @Test
    void thePageHasNoScriptEscapesEveryStringAndLinksOnlyHttpAddresses() throws Exception {
        Path file = dir.resolve("out/claims.html");
        ClaimReportWriter.write(report(), file);
        String html = Files.readString(file);
        assertThat(html).doesNotContain("<script", SCRIPT_BREAKER, ATTRIBUTE_BREAKER, "<img")
                .contains("default-src 'none'".replace("'", "&#39;"));
        var doc = XmlDocuments.parse(html.replace("<!DOCTYPE html>", ""));
        assertThat(XmlDocuments.select(doc, "//a")).extracting(e -> e.getAttribute("href"))
                .containsOnly("https://www.voanews.com/x");
        assertThat(XmlDocuments.select(doc, "//a")).allSatisfy(a -> assertThat(a.getAttribute("rel"))
                .isEqualTo("noopener noreferrer"));
        assertThat(XmlDocuments.select(doc, "//@*[starts-with(name(), 'on')]")).isEmpty();
    }

    @Test
    void contradictedClaimsComeFirstThenEveryClaimInOrderWithCounts() {
        var doc = XmlDocuments.parse(ClaimReportWriter.render(report()).replace("<!DOCTYPE html>", ""));
        assertThat(XmlDocuments.select(doc, "//section[@id='contradicted']/h2").get(0).getTextContent())
                .isEqualTo("Contradicted claims (1)");
        assertThat(XmlDocuments.select(doc, "//section[@id='claims']//tbody/tr/td[1]"))
                .extracting(Element::getTextContent).containsExactly("c2", "c1");
        assertThat(XmlDocuments.select(doc, "//section[@id='contradicted']//tbody/tr")).singleElement()
                .satisfies(tr -> assertThat(tr.getTextContent()).contains("the manuscript says “2017”",
                        "signed 2016-08-29", "Dawn 2017", "Reference " + ATTRIBUTE_BREAKER));
        assertThat(XmlDocuments.select(doc, "//div[@class='evidence contradicts']")).hasSize(2);
    }
}
