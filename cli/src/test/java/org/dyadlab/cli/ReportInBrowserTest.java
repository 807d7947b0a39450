package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.dyadlab.testkit.BrowserCondition;
import org.dyadlab.testkit.BrowserTest;
import org.dyadlab.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main job's report in Debian's headless Chromium: every chart is drawn, the console stays free of errors,
 * and screenshots are kept in cli/target/report-screenshots/ as build artefacts.
 */
@BrowserTest
class ReportInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theDemoReportRendersEveryChartWithoutConsoleErrors() throws Exception {
        Path ws = dir.resolve("demo");
        String[] args = SharedData.root().isPresent()
                ? new String[] {"demo", "-w", ws.toString(), "--data", SharedData.root().get().toString()}
                : new String[] {"demo", "-w", ws.toString(), "--no-data"};
        Cli demo = Cli.run(args);
        assertThat(demo.exit()).as(demo.err()).isZero();
        Path html = ws.resolve("report/report.html");
        assertThat(html).isRegularFile();
        assertThat(ws.resolve("report/report.pdf")).isRegularFile();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserCondition.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + dir.resolve("chrome"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserCondition.chromedriver().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(html.toUri().toString());
            JavascriptExecutor js = driver;
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ((Number) js.executeScript(
                    "return document.querySelectorAll('#chart-relations-index canvas').length")).intValue() > 0);
            long containers = ((Number) js.executeScript(
                    "return document.querySelectorAll('div[id^=\"chart-\"]').length")).longValue();
            long drawn = ((Number) js.executeScript("return Array.from(document.querySelectorAll('div[id^=\"chart-\"]'))"
                    + ".filter(function (d) { return d.querySelector('canvas') !== null; }).length")).longValue();
            assertThat(containers).as("chart containers").isGreaterThanOrEqualTo(8);
            assertThat(drawn).as("charts drawn").isEqualTo(containers);
            List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
            assertThat(console).as("console errors").noneMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue());

            Path out = Path.of("target", "report-screenshots");
            Files.createDirectories(out);
            shot(driver, out.resolve("report-top.png"));
            js.executeScript("document.getElementById('relations-index').scrollIntoView()");
            shot(driver, out.resolve("report-relations-index.png"));
            js.executeScript("document.getElementById('factor-economic').scrollIntoView()");
            shot(driver, out.resolve("report-economic.png"));
            assertThat(out.resolve("report-relations-index.png")).isRegularFile();
        } finally {
            driver.quit();
        }
    }

    private static void shot(ChromeDriver driver, Path file) throws Exception {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
