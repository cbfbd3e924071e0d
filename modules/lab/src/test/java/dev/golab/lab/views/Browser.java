package dev.golab.lab.views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Headless Debian Chromium driven by Selenium 4, for the tests of the generated pages (docs/views):
 * shared by the GC and scheduler pages.
 *
 * <p>Use: {@code try (Browser b = Browser.open(1280, 720)) { b.load(page, "#step=3"); b.press(Keys.ARROW_RIGHT, 5); ... }}.
 * When /usr/bin/chromium or /usr/bin/chromedriver is missing, {@link #open} skips the test with a JUnit
 * assumption and prints one line saying what to install; the generator tests still run.
 *
 * <p>No network: Chromium runs with background networking, component updates, sync and QUIC off, a
 * fresh --user-data-dir per browser, and Selenium gets the driver path, so Selenium Manager never runs.
 */
public final class Browser implements AutoCloseable {
    public static final String SKIP_LINE = "browser tests skipped: Chromium is not installed "
            + "(apt-get install -y chromium chromium-driver); the page generator tests still ran";
    static final Path CHROMIUM = first("/usr/bin/chromium", "/usr/bin/chromium-browser");
    static final Path DRIVER = first("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static boolean told;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean available() { return CHROMIUM != null && DRIVER != null; }

    /** A headless browser with a window of {@code width} x {@code height} CSS pixels, or a skipped test. */
    public static Browser open(int width, int height) {
        if (!available()) {
            synchronized (Browser.class) {
                if (!told) System.err.println(SKIP_LINE);
                told = true;
            }
        }
        Assumptions.assumeTrue(available(), SKIP_LINE);
        try {
            Path profile = Files.createTempDirectory("golab-chromium-");
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM.toFile());
            o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--allow-file-access-from-files");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, o), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() { return driver; }

    /** Opens a local file, optionally with a fragment such as {@code #step=42}. */
    public void load(Path file, String fragment) {
        driver.get(file.toAbsolutePath().toUri() + (fragment == null ? "" : fragment));
    }

    /** Presses {@code key} {@code times} times on the page (as a person at the keyboard would). */
    public void press(CharSequence key, int times) {
        Actions a = new Actions(driver);
        for (int i = 0; i < times; i++) a.sendKeys(key);
        a.perform();
    }

    public void press(Keys key) { press(key, 1); }

    public WebElement find(String css) { return driver.findElement(By.cssSelector(css)); }

    public List<WebElement> findAll(String css) { return driver.findElements(By.cssSelector(css)); }

    public Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    /** The current URL's fragment, with its '#'. */
    public String fragment() {
        String url = driver.getCurrentUrl();
        int i = url.indexOf('#');
        return i < 0 ? "" : url.substring(i);
    }

    /** Saves a PNG of the window as target/views/{@code name}.png (the module's target) and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "views");
            Files.createDirectories(dir);
            Path png = dir.resolve(name + ".png");
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }

    private static Path first(String... candidates) {
        for (String c : candidates) if (Files.isExecutable(Path.of(c))) return Path.of(c);
        return null;
    }
}
