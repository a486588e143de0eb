package net.claimsnet.web.e2e.desk;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.selenium.AxeReporter;
import net.claimsnet.web.NetworkTrust;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One headless Chromium driving the nodes' desks, with the waits, screenshots and accessibility checks
 * the desk's tests share.
 *
 * <p>The browser and its driver are Debian's ({@value #BROWSER}, {@value #DRIVER}; .ci/run installs
 * them) and are named explicitly, so Selenium Manager never runs (it would try to download a driver).
 *
 * <p>Cookies do not tell ports apart: every node on 127.0.0.1 sees the same JSESSIONID cookie, so one
 * browser holds one desk login at a time; {@link #forgetSessions()} starts again from nobody.
 *
 * <p>{@code -Dclaimsnet.e2e.screenshots=<dir>} also writes each screenshot into that directory (relative
 * to the repository's root, e.g. {@code docs/screenshots}); they always go to web/target/desk-screenshots.
 */
public final class DeskBrowser implements AutoCloseable {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    /** Generous: the nodes and the browser share two busy cores; every wait ends as soon as it can. */
    public static final Duration WAIT = Duration.ofSeconds(90);
    public static final String SCREENSHOTS_PROPERTY = "claimsnet.e2e.screenshots";
    static final Path SCREENSHOTS = Path.of("target", "desk-screenshots").toAbsolutePath();
    static final Path AXE_REPORTS = Path.of("target", "desk-axe").toAbsolutePath();
    /** WCAG 2.1 AA, the desk's acceptance. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** Elements named per violation in a failure message; the JSON report in target/desk-axe has them all. */
    private static final int TARGETS_SHOWN = 3;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    /** The browser's profile, a fresh one for each browser (in target/), deleted when it closes. */
    private final Path profile;

    public DeskBrowser() {
        for (String executable : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException(executable + " is missing: apt-get install -y chromium chromium-driver"
                        + " (.ci/run does it on CI)");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        try {
            profile = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "desk-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                // The desks' certificates chain to the network's TLS root, which no system store holds: trust
                // chains up to that key alone, as a browser that imported .network/tls/root.pem does (not
                // every certificate, as acceptInsecureCerts would). Older Chromium honours the list only with
                // a --user-data-dir on its command line: a fresh profile of our own, deleted on close.
                "--user-data-dir=" + profile,
                "--ignore-certificate-errors-spki-list=" + NetworkTrust.runningNetwork().spkiSha256());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(200));
    }

    /** The underlying driver, for what the helpers do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    // ---- navigation and login -------------------------------------------------------------------

    /** Opens a page of the node's desk ("stmary", "/login.xhtml") and waits until it has loaded. */
    public DeskBrowser open(String nodeId, String path) {
        driver.get(DeskNodes.desk(nodeId).resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        waitFor(ready -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /**
     * Logs in on the login page of the user's node (billing@stmary at St. Mary's desk) and waits until
     * the desk answered: either the browser left the login page or the form shows a message. Whether
     * it worked is for the caller to check ({@link #currentPath()}, {@link #text(By)}).
     */
    public DeskBrowser login(String user, String password) {
        open(DeskNodes.nodeOf(user), "/login.xhtml");
        WebElement name = waitFor(By.id("login:username"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.id("login:password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(ExpectedConditions.or(
                ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .message-error"))));
        return this;
    }

    /** Logs out with the frame's button and waits for the login page. */
    public DeskBrowser logout() {
        waitFor(ExpectedConditions.elementToBeClickable(By.id("session:logout"))).click();
        waitFor(ExpectedConditions.urlContains("/login.xhtml"));
        return this;
    }

    /** Forgets every cookie of every node: the next page is seen by nobody logged in. */
    public DeskBrowser forgetSessions() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    // ---- what the page shows --------------------------------------------------------------------

    /** Waits (at most {@link #WAIT}) until the condition holds, and returns what it returned. */
    public <T> T waitFor(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    /** Waits until the element is visible, and returns it. */
    public WebElement waitFor(By element) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(element));
    }

    /** The visible text of the element, once it is visible. */
    public String text(By element) {
        return waitFor(element).getText();
    }

    /** The path and query of the page shown ("/login.xhtml?loggedOut=true"). */
    public String currentPath() {
        URI url = URI.create(driver.getCurrentUrl());
        return url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /**
     * Submits the form as its (non-ajax) button would, from inside the page, and returns the answer's
     * body as Base64: how a test reads an export (CSV, PDF) over HTTP instead of a download folder.
     */
    public byte[] download(String formId, String buttonClientId) {
        Object base64 = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById(arguments[0]);"
                        + "const data = new URLSearchParams(new FormData(form));"
                        + "data.append(arguments[1], arguments[1]);"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; const bytes = new Uint8Array(b);"
                        + "  for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                        + "  done(btoa(s)); })"
                        + ".catch(e => done('ERROR ' + e));",
                formId, buttonClientId);
        String answer = String.valueOf(base64);
        if (answer.startsWith("ERROR ")) {
            throw new AssertionError("The export " + buttonClientId + " failed: " + answer);
        }
        return java.util.Base64.getDecoder().decode(answer);
    }

    /** Types into a field (cleared first) and leaves it, so its change event and any ajax fire. */
    public DeskBrowser type(By field, String text) {
        WebElement input = waitFor(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        return this;
    }

    /** Types a date into a native date input, as a person in the en-US locale does: month, day, year. */
    public DeskBrowser typeDate(By dateInput, java.time.LocalDate date) {
        WebElement input = waitFor(ExpectedConditions.elementToBeClickable(dateInput));
        input.sendKeys(date.format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy", java.util.Locale.US)));
        return this;
    }

    /**
     * Waits until no PrimeFaces ajax request is running (a button's work, an update of the page) and no
     * jQuery animation either: a block overlay fading out is half transparent, and axe-core reads its
     * text as low contrast.
     */
    public DeskBrowser settle() {
        waitFor(ready -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery(':animated').length === 0);")));
        return this;
    }

    // ---- evidence -------------------------------------------------------------------------------

    /**
     * Saves what the browser shows as web/target/desk-screenshots/&lt;name&gt;.png and, with
     * {@code -Dclaimsnet.e2e.screenshots=<dir>}, as &lt;dir&gt;/&lt;name&gt;.png too.
     */
    public Path screenshot(String name) {
        byte[] png = wholePage();
        Path saved = write(SCREENSHOTS.resolve(name + ".png"), png);
        String extra = System.getProperty(SCREENSHOTS_PROPERTY, "").trim();
        if (!extra.isEmpty()) {
            write(DeskNodes.ROOT.resolve(extra).resolve(name + ".png"), png);
        }
        return saved;
    }

    /** The whole page (up to 3,000 pixels high), not just the window: the window grows for the picture, then returns. */
    private byte[] wholePage() {
        org.openqa.selenium.Dimension window = driver.manage().window().getSize();
        Object height = driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        int pageHeight = Math.min(3_000, Math.max(window.getHeight(), ((Number) height).intValue() + 150));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), pageHeight));
        try {
            return driver.getScreenshotAs(OutputType.BYTES);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA) on the page shown and fails with every serious or critical
     * violation: rule, impact, what to do, and the first elements it found. Milder ones are only
     * printed. The whole report goes to web/target/desk-axe/&lt;pageName&gt;.json.
     */
    public void assertAccessible(String pageName) {
        settle();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        // AxeBuilder.withOutputFile only records the name (4.10.2): the report is written here.
        write(AXE_REPORTS.resolve(pageName + ".json"), AxeReporter.serialize(results).getBytes(StandardCharsets.UTF_8));
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(String.valueOf(rule.getImpact()).toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
        List<Rule> milder = results.getViolations().stream().filter(rule -> !failing.contains(rule))
                .collect(Collectors.toList());
        if (!milder.isEmpty()) {
            System.out.printf(Locale.ROOT, "axe-core on %s: %d milder violation(s) (not failing):%n%s", pageName,
                    milder.size(), describe(milder));
        }
        if (!failing.isEmpty()) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "axe-core found %d serious or critical WCAG 2.1 AA violation(s) on %s (%s):%n%s(full report: %s)",
                    failing.size(), pageName, driver.getCurrentUrl(), describe(failing),
                    AXE_REPORTS.resolve(pageName + ".json")));
        }
    }

    static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
            String targets = nodes.stream().limit(TARGETS_SHOWN).map(node -> String.valueOf(node.getTarget()))
                    .collect(Collectors.joining(", "));
            text.append(String.format(Locale.ROOT, "  - %s [%s] %s; %d element(s), e.g. %s%n", rule.getId(),
                    rule.getImpact(), rule.getHelp(), nodes.size(), targets.isEmpty() ? "(none named)" : targets));
        }
        return text.toString();
    }

    private static Path write(Path file, byte[] content) {
        createDirectories(file.getParent());
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.out.println("The browser's profile " + profile + " stays: " + e);
        }
    }
}
