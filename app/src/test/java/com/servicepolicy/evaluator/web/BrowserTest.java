package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.batch.NightlyRunner;
import com.servicepolicy.evaluator.night.RunRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in a real browser (Debian's headless chromium, driven by chromium-driver through Selenium): signs in,
 * opens the samples' night, filters the violations, acknowledges one and sees the audit entry. Never skipped: without
 * chromium it fails saying what to install (.ci/run installs it). Takes a screenshot of each page into
 * target/screenshots, and into docs/screenshots with -Dscreenshots.update=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("service-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path WORK = temporaryFolder("browser-test");

    @LocalServerPort
    int port;
    @Autowired
    NightlyRunner runner;

    private ChromeDriver browser;
    private RunRecord run;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        registry.add("evaluator.batch.out", () -> WORK.resolve("out").toString());
        registry.add("evaluator.batch.scheduled", () -> "false");
        registry.add("evaluator.report.min-responses", () -> "1");
    }

    @BeforeAll
    void start() throws Exception {
        assertThat(CHROMIUM).as("headless chromium: apt-get install -y chromium chromium-driver").isExecutable();
        assertThat(DRIVER).as("chromium-driver: apt-get install -y chromium chromium-driver").isExecutable();
        run = runner.run(SampleNight.NIGHT, SampleNight.inbox(WORK.resolve("inbox")));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(WORK, "profile"), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).implicitlyWait(Duration.ofSeconds(3));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonSignsInOpensTheNightFiltersAndAcknowledgesAViolation() throws IOException {
        open("/runs");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("login", 900);
        browser.findElement(By.name("username")).sendKeys("test-auditor");
        browser.findElement(By.name("password")).sendKeys("test-auditor-password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForUrl(".*/runs$");
        screenshot("runs", 600);

        browser.findElement(By.linkText(SampleNight.NIGHT.toString())).click();
        waitForUrl(".*/runs/" + run.runId() + "$");
        waitUntil("the charts are drawn", "return document.querySelectorAll('canvas[data-chart]').length > 0"
                + " && Array.from(document.querySelectorAll('canvas[data-chart]')).every(c => Chart.getChart(c))");
        assertThat(browser.findElement(By.id("top-violations")).getText()).contains("REVIEW_STAFFING");
        screenshot("report", pageHeight());

        open("/violations");
        new Select(browser.findElement(By.name("code"))).selectByValue("RESP-001");
        new Select(browser.findElement(By.name("sort"))).selectByValue("severity");
        browser.findElement(By.id("apply-filters")).click();
        waitForUrl(".*[?&]code=RESP-001(&.*)?$");
        List<WebElement> codes = browser.findElements(By.cssSelector("#violations td[data-label=code]"));
        assertThat(codes).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("RESP-001"));
        screenshot("violations", pageHeight());

        browser.findElement(By.linkText("T-1001")).click();
        waitForUrl(".*/violations/\\d+$");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("OPEN");
        browser.findElement(By.id("acknowledge")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("status"), "ACKNOWLEDGED"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("ACKNOWLEDGED");
        String audit = browser.findElement(By.id("audit")).getText();
        assertThat(audit).contains("test-auditor", "ACKNOWLEDGED");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("OPENED", "AGENT_REPLY");
        screenshot("violation", pageHeight());

        browser.manage().window().setSize(new Dimension(390, 844));
        open("/violations?code=RESP-001");
        screenshot("violations-phone", pageHeight());
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** A click starts a navigation and returns before it ends: reading the address at once races it (seen in CI). */
    private void waitForUrl(String regex) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(regex));
    }

    private void waitUntil(String what, String script) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    private int pageHeight() {
        return ((Number) browser.executeScript("return document.documentElement.scrollHeight")).intValue();
    }

    /** The page at its full height (headless Chromium shoots the window), as PNG. */
    private void screenshot(String name, int height) throws IOException {
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), Math.min(Math.max(height + 120, 400), 4000)));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        browser.manage().window().setSize(size);
        Path target = Files.createDirectories(Path.of("app/target/screenshots")).resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("screenshots.update")) {
            Files.copy(shot.toPath(), Files.createDirectories(Path.of("docs/screenshots")).resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
