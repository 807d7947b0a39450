package org.dyadlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadlab.report.ReportFixtures.ATTRIBUTE_BREAKER;
import static org.dyadlab.report.ReportFixtures.SCRIPT_BREAKER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyadlab.report.HtmlPageParts.Script;
import org.dyadlab.report.sections.SectionTitles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class HtmlReportWriterTest {
    private static ReportData data;
    private static String html;
    private static HtmlPageParts page;

    @BeforeAll
    static void render() {
        data = ReportFixtures.rich();
        html = HtmlReportWriter.render(data);
        page = HtmlPageParts.of(html);
    }

    @Test
    void writesOneUtf8FileWithEChartsInlined(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/report.html");

        HtmlReportWriter.write(data, file);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(html);
        assertThat(written).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page.scripts()).hasSize(3);
        assertThat(page.scripts().get(1).text()).contains("Apache Software Foundation").contains("version=\"5.3.1\"")
                .hasSizeGreaterThan(900_000);
        assertThat(Files.size(file)).isBetween(1_000_000L, 1_300_000L);
    }

    @Test
    void nothingIsLoadedFromOutside() {
        assertThat(page.scripts()).allSatisfy(s -> assertThat(s.attributes()).doesNotContain("src"));
        assertThat(XmlDocuments.select(page.document(), "//link | //img | //iframe | //object | //embed | //base"))
                .isEmpty();
        assertThat(XmlDocuments.select(page.document(), "//*[@src]")).isEmpty();
        String styles = XmlDocuments.select(page.document(), "//style").get(0).getTextContent();
        assertThat(styles).doesNotContain("@import", "url(", "@font-face");
        assertThat(page.markup()).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//[^\"]*\\.(js|css|woff2?|ttf)");
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyTheTwoInlineScripts() throws Exception {
        String policy = XmlDocuments.select(page.document(), "//meta[@http-equiv='Content-Security-Policy']").get(0)
                .getAttribute("content");
        List<Script> code = page.scripts().stream().filter(s -> !s.isJson()).toList();

        assertThat(policy).startsWith("default-src 'none'; script-src ");
        for (Script s : code) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.text().getBytes(StandardCharsets.UTF_8));
            assertThat(policy).contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        }
        assertThat(policy).doesNotContain("unsafe-eval").doesNotContain("script-src 'unsafe-inline'");
    }

    @Test
    void everySectionIsThereWithItsTitleAndAnEntryInTheContents() {
        List<String> ids = List.of("summary", "findings", "chronology", "relations-index", "factor-political", "factor-strategic",
                "factor-economic", "comparisons", "methods", "bibliography");
        for (String id : ids) {
            assertThat(XmlDocuments.select(page.document(), "//section[@id='" + id + "']/h2")).as(id).hasSize(1);
            assertThat(XmlDocuments.select(page.document(), "//nav//a[@href='#" + id + "']")).as(id).hasSize(1);
        }
        for (SectionTitles t : SectionTitles.values()) {
            assertThat(XmlDocuments.select(page.document(), "//section[@id='" + t.id() + "']/h2").get(0)
                    .getTextContent()).isEqualTo(t.title());
        }
        assertThat(XmlDocuments.select(page.document(), "//h1").get(0).getTextContent()).isEqualTo(data.title());
        assertThat(page.text()).contains("Generated 2026-11-28", ReportFixtures.FINDING_TEXT);
    }

    @Test
    void hostileStringsAreEscapedEverywhere() {
        String outsideScripts = page.markup();

        assertThat(html).doesNotContain(SCRIPT_BREAKER, ATTRIBUTE_BREAKER, "<!-- comment");
        assertThat(outsideScripts).doesNotContain("<img").contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page.scripts()).hasSize(3);
        assertThat(XmlDocuments.select(page.document(), "//@*[starts-with(name(), 'on')]")).isEmpty();
        assertThat(page.text()).contains(SCRIPT_BREAKER, ATTRIBUTE_BREAKER);
        assertThat(page.json()).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
    }

    @Test
    void linksAreOnlyHttpAndOpenWithoutReferrer() {
        List<Element> links = XmlDocuments.select(page.document(), "//a[@href]");
        assertThat(links).isNotEmpty();
        for (Element a : links) {
            String href = a.getAttribute("href");
            assertThat(href).matches("#.+|https?://.+");
            if (!href.startsWith("#")) {
                assertThat(a.getAttribute("rel")).isEqualTo("noopener noreferrer");
            }
        }
        assertThat(html).doesNotContainIgnoringCase("href=\"javascript:").doesNotContain("href=\"ftp:");
        Element evil = XmlDocuments.select(page.document(), "//li[@id='ref-evil']").get(0);
        assertThat(XmlDocuments.select(page.document(), "//li[@id='ref-evil']//a")).isEmpty();
        assertThat(evil.getTextContent()).contains(ReportFixtures.JAVASCRIPT_URL);
    }

    @Test
    void everyInternalLinkHasItsTargetAndEveryKnownCitationIsLinked() {
        Set<String> ids = XmlDocuments.select(page.document(), "//*[@id]").stream().map(e -> e.getAttribute("id"))
                .collect(Collectors.toSet());
        List<String> targets = XmlDocuments.select(page.document(), "//a[starts-with(@href, '#')]").stream()
                .map(a -> a.getAttribute("href").substring(1)).toList();

        assertThat(ids).containsAll(targets);
        Set<String> keys = data.bibliography().stream().map(ReportData.BibEntry::key).collect(Collectors.toSet());
        Set<String> cited = new HashSet<>();
        data.summary().forEach(f -> cited.addAll(f.citations()));
        data.chronology().forEach(e -> cited.addAll(e.citations()));
        for (String key : cited) {
            String anchor = org.dyadlab.report.text.Anchors.reference(key);
            if (keys.contains(key)) {
                assertThat(ids).as(key).contains(anchor);
                assertThat(targets).as(key).contains(anchor);
            } else {
                assertThat(targets).as(key).doesNotContain(anchor);
                assertThat(XmlDocuments.select(page.document(), "//span[@class='missing-ref']")).extracting(
                        Element::getTextContent).contains(key);
            }
        }
        assertThat(targets).contains("ref-weird_u0020key_u002F1");
    }

    @Test
    void missingNumbersAreDashesNeverNaN() {
        assertThat(page.markup()).doesNotContain("NaN", "Infinity");
        assertThat(page.json()).doesNotContain("NaN", "Infinity");
        List<String> biden = XmlDocuments.select(page.document(), "//tr[td[2]='Biden']/td").stream()
                .map(Element::getTextContent).toList();
        assertThat(biden).containsExactly("net cooperation", "Biden", "\u2013", "\u2013", "0", "none");
        assertThat(page.text()).contains("[-1.20, \u2013]");
    }

    @Test
    void numbersAreFormattedWithThousandsSeparators() {
        assertThat(page.text()).contains("1,234,568", "[1,000,000, 1,500,000]", "2,150", "1,234,567,890", "< 0.001",
                "-1.21", "87%");
    }

    @Test
    void everyChartHasAContainerAFallbackSvgAndItsData() throws Exception {
        var charts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.json()).get("charts");
        List<Element> containers = XmlDocuments.select(page.document(), "//div[@class='chart']");

        assertThat(containers).hasSize(charts.size()).hasSize(7);
        for (int i = 0; i < charts.size(); i++) {
            String id = charts.get(i).get("id").asText();
            assertThat(containers.get(i).getAttribute("id")).isEqualTo(id);
            assertThat(XmlDocuments.select(page.document(), "//div[@id='" + id + "']/following-sibling::noscript[1]/svg"))
                    .hasSize(1);
        }
    }

    @Test
    void factorsWithoutQuotesSaySoAndQuotesCarryTheirSource() {
        List<Element> empty = XmlDocuments.select(page.document(),
                "//section[starts-with(@id, 'factor-')]/p[.='No coded passages yet']");
        Element quote = XmlDocuments.select(page.document(), "//section[@id='factor-political']//blockquote").get(0);

        assertThat(empty).hasSize(2);
        assertThat(quote.getTextContent()).contains("We reject", "2018-01-02", "dawn2018", "Coded by alice <b>",
                "Theme: Diplomacy");
    }

    @Test
    void anEmptyReportStillHasEverySection() {
        HtmlPageParts empty = HtmlPageParts.of(HtmlReportWriter.render(ReportFixtures.empty()));

        for (SectionTitles t : SectionTitles.values()) {
            assertThat(XmlDocuments.select(empty.document(), "//section[@id='" + t.id() + "']")).hasSize(1);
        }
        assertThat(empty.json()).isEqualTo("{\"charts\":[]}");
        assertThat(empty.text()).contains("No findings yet.", "No events in the chronology.",
                "No relations index in this report.");
    }

    @Test
    void nullStringsAndMissingNumbersAreShownAsNothingOrADash() {
        HtmlPageParts nulls = HtmlPageParts.of(HtmlReportWriter.render(ReportFixtures.nulls()));

        assertThat(nulls.markup()).doesNotContain("null", "NaN");
        assertThat(nulls.json()).doesNotContain("NaN");
    }
}
