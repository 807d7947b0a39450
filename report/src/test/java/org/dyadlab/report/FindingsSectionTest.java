package org.dyadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The declared findings in the report: triangulation, evidence for and against, sources; the contract kept. */
class FindingsSectionTest {
    private final ReportData data = ReportFixtures.rich();
    private final HtmlPageParts page = HtmlPageParts.of(HtmlReportWriter.render(data));

    @Test
    void eachFindingShowsItsScoreItsFlagsAndItsEvidenceForAndAgainst() {
        List<Element> articles = XmlDocuments.select(page.document(), "//section[@id='findings']/article");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).getAttribute("id")).isEqualTo("finding-suspension-2018");
        assertThat(XmlDocuments.select(page.document(), "//article[@id='finding-suspension-2018']//span[@class="
                + "'score strength-moderate']").get(0).getTextContent()).isEqualTo("0.67 moderate");
        assertThat(XmlDocuments.select(page.document(), "//article[@id='finding-suspension-2018']//table[contains("
                + "@class,'against')]//tr/td[1]")).extracting(Element::getTextContent).containsExactly("chronology");
        assertThat(XmlDocuments.select(page.document(), "//article[@id='finding-single']//span[@class='flag']"))
                .extracting(Element::getTextContent).containsExactly("single source", "single side", "single kind");
        assertThat(articles.get(0).getTextContent()).contains("3 independent sources (Dawn, Financial Action Task "
                + "Force, ForeignAssistance.gov); kinds: dataset, news, official; sides: PAK, USA.",
                "FY2017 to FY2018: −49%; expected decrease", "Unresolved: chronology 2018-13-01-nothing");
    }

    @Test
    void bibliographyKeysAreCitationLinksAndOtherSourcesLinkOnlyToHttpAddresses() {
        String finding = "//article[@id='finding-suspension-2018']";
        assertThat(XmlDocuments.select(page.document(), finding + "//a[@class='cite']"))
                .extracting(e -> e.getAttribute("href")).contains("#ref-dawn2018", "#ref-fatf2022", "#ref-usaid");
        assertThat(XmlDocuments.select(page.document(), finding + "//a[@class='url']"))
                .extracting(e -> e.getAttribute("href")).containsExactly("https://example.org/story");
        assertThat(XmlDocuments.select(page.document(), "//a[starts-with(@href, 'javascript')]")).isEmpty();
        assertThat(XmlDocuments.select(page.document(), finding + "//span[@class='source-label']"))
                .extracting(Element::getTextContent).contains("ForeignAssistance.gov",
                        "UN speech " + ReportFixtures.ATTRIBUTE_BREAKER);
    }

    @Test
    void aReportWithoutFindingsSaysSoAndTheOldConstructorGivesNone() {
        ReportData old = ReportFixtures.empty();
        assertThat(old.findings()).isEmpty();
        assertThat(HtmlPageParts.of(HtmlReportWriter.render(old)).text()).contains("The case declares no findings.");
    }

    @Test
    void theJsonOfAReportKeepsItsFindingsAndAReportWrittenBeforeThemStillReads() throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ReportData withoutNaN = ReportFixtures.empty().withFindings(data.findings());
        ReportData back = json.readValue(json.writeValueAsString(withoutNaN), ReportData.class);
        assertThat(back.findings()).isEqualTo(data.findings());

        ObjectNode tree = json.valueToTree(ReportFixtures.empty());
        tree.remove("findings");
        assertThat(json.treeToValue(tree, ReportData.class).findings()).isEmpty();
    }

    @Test
    void thePdfHasTheFindingsSection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfReportWriter.render(data))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Findings and their evidence", "0.67 moderate", "Evidence against");
        }
    }
}
