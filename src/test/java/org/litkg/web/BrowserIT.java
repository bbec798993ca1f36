package org.litkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litkg.Prerequisite;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.server.KgServer;
import org.litkg.store.KnowledgeStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person uses them, in Debian's headless Chromium driven through chromedriver,
 * against the real server on a TDB2 store. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Chromium is installed by {@code .ci/run}; where it is missing this test fails under CI and
 * is reported as skipped elsewhere, with the command that installs it.
 */
class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static DatasetGraph dsg;
    private static FusekiServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Prerequisite.require(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(), "Chromium",
                "apt-get install -y chromium chromium-driver");
        dsg = ExampleGraph.open();
        server = KgServer.start(dsg, new KgServer.Options(0, 30_000, null));
        base = "http://localhost:" + server.getPort();
        Path profile = Files.createTempDirectory("litkg-chromium");
        // removed when the JVM exits, after the browser has quit and stopped writing to it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ExampleGraph.deleteQuietly(profile)));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
            KnowledgeStore.close(dsg);
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void test_search_plerixafor_see_it_blocks_cxcr4_with_its_sentence_and_follow_the_link() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(base + "/");
        assertTrue(browser.findElement(By.tagName("h2")).getText().contains("Entities by class"));
        screenshot("home");
        WebElement box = browser.findElement(By.id("home-search"));
        box.sendKeys("plerixafor", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/id/drug/plerixafor"));
        assertEquals("plerixafor", browser.findElement(By.tagName("h1")).getText());

        WebElement blocks = relationHeading("blocks CXCR4");
        WebElement relation = blocks.findElement(By.xpath("./.."));
        String sentence = relation.findElement(By.cssSelector("li.evidence blockquote")).getText();
        assertTrue(sentence.contains("CXCR4"), sentence);
        assertFalse(relation.findElements(By.cssSelector("blockquote mark.object")).isEmpty(), "the object is highlighted");
        assertTrue(browser.findElement(By.cssSelector("svg.neighbourhood")).isDisplayed());
        screenshot("entity");

        blocks.findElement(By.linkText("CXCR4")).click();
        waiting().until(ExpectedConditions.urlContains("/id/protein/cxcr4"));
        assertEquals("CXCR4", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getPageSource().contains("mobilizes") || browser.getPageSource().contains("binds"));
    }

    private static WebElement relationHeading(String text) {
        List<WebElement> headings = browser.findElements(By.cssSelector(".relation h3"));
        return headings.stream().filter(h -> h.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no relation heading '" + text + "' among "
                        + headings.stream().map(WebElement::getText).toList()));
    }

    @Test
    void test_canned_query_runs_in_the_editor_and_shows_a_result_table() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(base + "/query?name=drugs-blocking-receptors");
        WebElement run = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        String editor = (String) ((JavascriptExecutor) browser).executeScript("return window.litkgYasgui.getTab().getQuery();");
        assertTrue(editor.contains("lkg:blocks"), editor);
        run.click();
        waiting().until(d -> d.findElements(By.cssSelector(".yasr table td")).stream().anyMatch(td -> td.getText().contains("plerixafor")));
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(table.contains("CXCR4"), table);
        screenshot("query");
    }

    @Test
    void test_pages_fit_a_phone_screen_and_load_nothing_from_elsewhere() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : new String[] {"/", "/id/protein/cxcl12", "/id/doc/ucsf-science-immunology-cxcl12", "/query"}) {
            browser.get(base + path);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 1, path + " scrolls sideways by " + overflow + " px on a phone");
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) js.executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            for (String url : loaded) {
                assertTrue(url.startsWith(base), path + " loaded " + url);
            }
        }
        browser.get(base + "/id/protein/cxcl12");
        screenshot("entity-phone");
    }
}
