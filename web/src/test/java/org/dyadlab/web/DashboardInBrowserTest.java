package org.dyadlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.testkit.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in Debian's headless Chromium: every view loads with its charts drawn and no console error; a click
 * on a point of the relations index leads to the month's events and on to an event's sentence; a passage selected
 * in a document is coded and listed, then removed; a hostile document is uploaded and shown without any of its script
 * running; the findings show their evidence and lead to it; a hostile manuscript's claims are checked and listed as
 * text.
 * Screenshots go to web/target/screenshots/.
 */
@BrowserTest
class DashboardInBrowserTest extends ServerTest {
    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(dir.resolve("chrome"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void open(String path) {
        browser.driver.get(server.url(path));
    }

    private void assertNoConsoleErrors(String where) {
        assertThat(browser.consoleErrors()).as("console errors on " + where).isEmpty();
    }

    private void assertChartsDrawn(String where) {
        browser.waitFor("document.querySelectorAll('[data-chart]').length === "
                + "document.querySelectorAll('[data-chart][data-drawn], [data-chart] .chart-message').length");
        long charts = ((Number) browser.js("return document.querySelectorAll('[data-chart]').length")).longValue();
        long drawn = ((Number) browser.js("return document.querySelectorAll('[data-chart] canvas').length")).longValue();
        assertThat(drawn).as("charts drawn on " + where).isGreaterThanOrEqualTo(charts);
    }

    @Test
    void everyViewLoadsWithItsChartsAndNoConsoleError() throws Exception {
        String[][] views = {
            {"/", "overview"},
            {"/relations?interval=quarter", "relations"},
            {"/events?dyad=PAK-USA&from=2018-01-01&to=2018-12-31", "events"},
            {"/event?id=coder:t1", "event-sentence"},
            {"/indicators", "indicators"},
            {"/chronology?factor=economic", "chronology"},
            {"/search?q=%22safe+havens%22", "search"},
            {"/documents", "documents"},
            {"/documents/speech-2018", "document"},
            {"/agreement", "agreement"},
            {"/findings", "findings"},
            {"/claims", "claims"},
        };
        for (String[] v : views) {
            open(v[0]);
            browser.waitFor("document.readyState === 'complete'");
            assertChartsDrawn(v[0]);
            browser.screenshot("view-" + v[1]);
            assertNoConsoleErrors(v[0]);
        }
        open("/");
        assertThat(browser.driver.findElements(By.cssSelector("#findings li"))).isNotEmpty();
        open("/relations?interval=fortnight");
        assertThat(browser.driver.findElement(By.cssSelector("p.error")).getText()).contains("interval");
        browser.screenshot("view-error");
    }

    @Test
    void aClickOnAChartPointLeadsToTheMonthsEventsAndOnToASentence() throws Exception {
        open("/relations?interval=month&from=2018-01-01&to=2018-12-31");
        browser.waitFor("document.querySelector('#relations-chart[data-drawn]')");
        browser.screenshot("relations-month-2018");
        Object pixel = browser.js("var c = echarts.getInstanceByDom(document.getElementById('relations-chart'));"
                + "var s = c.getOption().series[0].data; for (var i = 0; i < s.length; i++) {"
                + " if (s[i].point.start === '2018-01-01') { return c.convertToPixel({seriesIndex: 0}, s[i].value); } }"
                + "return null;");
        assertThat(pixel).as("January 2018 has a point").isNotNull();
        java.util.List<?> xy = (java.util.List<?>) pixel;
        WebElement chart = browser.driver.findElement(By.id("relations-chart"));
        int x = (int) Math.round(((Number) xy.get(0)).doubleValue()) - chart.getSize().getWidth() / 2;
        int y = (int) Math.round(((Number) xy.get(1)).doubleValue()) - chart.getSize().getHeight() / 2;
        new Actions(browser.driver).moveToElement(chart, x, y).pause(200).click().perform();
        browser.waitFor("location.pathname === '/events'");
        assertThat(browser.driver.getCurrentUrl()).contains("from=2018-01-01").contains("to=2018-01-31");
        browser.screenshot("drill-down-january-2018");
        WebElement evidence = browser.driver.findElement(By.cssSelector("a.evidence[href*='coder%3At1']"));
        evidence.click();
        browser.waitFor("location.pathname === '/event'");
        WebElement sentence = browser.driver.findElement(By.id("evidence-sentence"));
        assertThat(sentence.getText()).isEqualTo("The United States suspended security assistance to Pakistan in January.");
        assertThat(sentence.findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .containsExactly("The United States", "Pakistan");
        browser.screenshot("event-sentence");
        browser.driver.findElement(By.cssSelector("#evidence a")).click();
        browser.waitFor("location.pathname.indexOf('/documents/') === 0 && document.getElementById('hl-first')");
        assertThat(browser.driver.findElement(By.id("hl-first")).getText())
                .isEqualTo("The United States suspended security assistance to Pakistan in January.");
        browser.screenshot("document-from-event");
        assertNoConsoleErrors("the drill-down");
    }

    @Test
    void aSelectedPassageIsCodedListedUnderItsCoderAndRemoved() throws Exception {
        open("/documents/speech-2018");
        browser.waitFor("document.getElementById('doc-text')");
        String phrase = "an end to safe havens on both sides of the border";
        int start = TestWorkspace.SPEECH_TEXT.indexOf(phrase);
        browser.js("var root = document.getElementById('doc-text'); var want = arguments[0], len = arguments[1];"
                + "var segs = root.querySelectorAll('[data-s]'); var range = document.createRange(); var startSet = false;"
                + "for (var i = 0; i < segs.length; i++) { var s = +segs[i].dataset.s, t = segs[i].firstChild;"
                + "  var n = t ? t.length : 0;"
                + "  if (!startSet && want >= s && want < s + n) { range.setStart(t, want - s); startSet = true; }"
                + "  if (startSet && want + len > s && want + len <= s + n) { range.setEnd(t, want + len - s); break; } }"
                + "var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);"
                + "root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", start, phrase.length());
        browser.waitFor("document.getElementById('code-start').value !== ''");
        assertThat(browser.driver.findElement(By.id("code-start")).getDomProperty("value")).isEqualTo(String.valueOf(start));
        assertThat(browser.driver.findElement(By.id("code-end")).getDomProperty("value"))
                .isEqualTo(String.valueOf(start + phrase.length()));
        assertThat(browser.driver.findElement(By.id("selection-preview")).getText()).contains(phrase);
        new Select(browser.driver.findElement(By.id("code-code"))).selectByValue("strategic.counter-terrorism");
        browser.driver.findElement(By.id("code-coder")).sendKeys("alice");
        browser.driver.findElement(By.cssSelector("#code-form textarea")).sendKeys("<img src=x onerror=alert(1)> a memo");
        browser.screenshot("coding-selection");
        browser.driver.findElement(By.id("code-submit")).click();
        browser.waitFor("document.querySelector('[data-coder=\"alice\"]')");
        WebElement alice = browser.driver.findElement(By.cssSelector("[data-coder='alice']"));
        assertThat(alice.findElement(By.cssSelector("td.quote")).getText()).isEqualTo(phrase);
        assertThat(alice.findElement(By.cssSelector("p.memo")).getText()).contains("<img src=x onerror=alert(1)>");
        assertThat(browser.driver.findElements(By.cssSelector("#doc-text .coded"))).isNotEmpty();
        browser.screenshot("coded-passage-listed");
        open("/agreement?a=rules&b=alice");
        assertThat(browser.driver.findElements(By.cssSelector("table.agreement tbody tr"))).isNotEmpty();
        browser.screenshot("agreement");
        assertNoConsoleErrors("coding");

        open("/documents/speech-2018");
        int rules = browser.driver.findElements(By.cssSelector("[data-coder='rules'] tr.passage")).size();
        browser.driver.findElement(By.cssSelector("[data-coder='alice'] form.remove-passage button")).click();
        browser.waitFor("document.getElementById('passages') && !document.querySelector('[data-coder=\"alice\"]')");
        assertThat(browser.driver.findElements(By.cssSelector("[data-coder='rules'] tr.passage"))).hasSize(rules);
        browser.screenshot("passage-removed");
        assertNoConsoleErrors("removing a passage");
    }

    @Test
    void aHostileDocumentIsUploadedAndShownWithoutAnyScriptRunning() throws Exception {
        Path file = dir.resolve("hostile-upload.txt");
        String text = TestWorkspace.HOSTILE_HEAD + "<svg onload=\"window.pwned=5\"></svg> javascript:alert(document.cookie)\n"
                + "z".repeat(2 * 1024 * 1024) + "\n<b>the end</b>\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        open("/documents");
        browser.driver.findElement(By.cssSelector("form.upload input[type=file]")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("form.upload button")).click();
        browser.waitFor("location.pathname === '/documents/hostile-upload' && document.getElementById('doc-text')");
        assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver.getTitle()).doesNotContain("pwned");
        // the text comes a window of a million characters at a time: follow "later" to the end
        StringBuilder shown = new StringBuilder((String) browser.js("return document.getElementById('doc-text').textContent"));
        browser.screenshot("hostile-document");
        while (!browser.driver.findElements(By.linkText("later →")).isEmpty()) {
            browser.driver.findElement(By.linkText("later →")).click();
            browser.waitFor("location.search.indexOf('at=') >= 0 && document.getElementById('doc-text')");
            assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
            shown.append((String) browser.js("return document.getElementById('doc-text').textContent"));
        }
        // the plain-text reader stores line ends as \n; every other character arrives one for one (a control
        // character as U+FFFD)
        assertThat(shown.toString()).startsWith("<script>document.title='pwned';window.pwned=1</script>\n<img src=x onerror=")
                .isEqualTo(text.replace("\r\n", "\n").replace('\u0007', '\uFFFD'));
        open("/documents/hostile-upload");
        assertThat(((Number) browser.js("return document.querySelectorAll('#doc-text script, #doc-text img, "
                + "#doc-text a, #doc-text svg').length")).intValue()).isZero();
        assertThat(browser.driver.findElement(By.id("code-form")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("passages")).isDisplayed()).isTrue();
        open("/search?q=onerror");
        assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        browser.screenshot("hostile-search");
        assertNoConsoleErrors("the hostile document");
    }

    @Test
    void theFindingsShowTheirEvidenceAndLeadToIt() throws Exception {
        open("/findings");
        browser.waitFor("document.readyState === 'complete'");
        assertThat(browser.driver.findElements(By.cssSelector("article.finding"))).hasSize(7);
        assertThat(browser.driver.findElements(By.cssSelector("table.findings-summary tbody tr"))).hasSize(7);
        assertThat(browser.driver.findElements(By.cssSelector("section.against li.evidence.contradicts"))).isNotEmpty();
        browser.screenshot("findings");
        WebElement suspended = browser.driver.findElement(By.id("finding-security-assistance-suspended-2018"));
        suspended.findElement(By.cssSelector("a.evidence-link[href*='coder%3At1']")).click();
        browser.waitFor("location.pathname === '/event' && document.getElementById('evidence-sentence')");
        assertThat(browser.driver.findElement(By.id("evidence-sentence")).getText())
                .isEqualTo("The United States suspended security assistance to Pakistan in January.");
        assertNoConsoleErrors("the findings");
    }

    @Test
    void aHostileManuscriptIsCheckedAndItsClaimsListedWithoutAnyScriptRunning() throws Exception {
        Path file = dir.resolve("hostile-draft.md");
        Files.writeString(file, "# A hostile draft\n\nIndia and the United States signed LEMOA in August 2017 "
                + "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> (Dawn 2017).\n\n"
                + "The Doha Agreement was signed on 29 February 2020 <svg onload=\"window.pwned=3\"></svg>.\n",
                StandardCharsets.UTF_8);
        open("/claims");
        browser.driver.findElement(By.cssSelector("#claims-form input[type=file]")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("#claims-form button")).click();
        browser.waitFor("document.getElementById('claims')");
        assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
        assertThat(((Number) browser.js("return document.querySelectorAll('#claims script, #claims img, #claims svg')"
                + ".length")).intValue()).isZero();
        assertThat(browser.driver.findElements(By.cssSelector("#claims li.claim.contradicted"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#claims li.claim.supported"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("claims")).getText())
                .contains("<script>window.pwned=1</script>").contains("onerror=");
        browser.screenshot("claims-hostile-manuscript");
        assertNoConsoleErrors("the claim check");
    }
}
