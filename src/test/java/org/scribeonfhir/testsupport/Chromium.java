package org.scribeonfhir.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages. CI installs them
 * and sets {@code REQUIRE_BROWSER_TESTS=1}, so there a missing browser fails the build; elsewhere the
 * browser tests are skipped with a message saying what to install.
 */
public final class Chromium {

    private static final String BROWSER = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    private Chromium() {
    }

    public static ChromeDriver start(int width, int height) {
        boolean present = new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
        if (!present && !"1".equals(System.getenv("REQUIRE_BROWSER_TESTS"))) {
            Assumptions.abort("Browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
                    + "chromium-driver); skipped");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("scribe-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            if (width < 500) {
                // Chromium windows are at least 500 px wide; emulate the narrow viewport of an EHR sidebar.
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            }
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every visible piece of text whose colour against its effective background is below WCAG 2.1 AA
     * (4.5:1, or 3:1 for large text), as "text (ratio)". Opaque backgrounds only; no images behind text.
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> lowContrastText(ChromeDriver driver) {
        return (java.util.List<String>) driver.executeScript("""
                function rgb(c) { var m = c.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }
                function lum(c) { var a = c.slice(0, 3).map(function (v) { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2]; }
                function bg(el) { for (; el; el = el.parentElement) { var c = rgb(getComputedStyle(el).backgroundColor);
                  if (c.length < 4 || c[3] > 0.99) { return c; } } return [255, 255, 255]; }
                var out = [];
                document.querySelectorAll('body *').forEach(function (el) {
                  var own = Array.prototype.some.call(el.childNodes, function (n) {
                    return n.nodeType === 3 && n.textContent.trim(); });
                  var r = el.getBoundingClientRect();
                  if (!own || r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') { return; }
                  var s = getComputedStyle(el), l1 = lum(rgb(s.color)), l2 = lum(bg(el));
                  var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                  var size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
                  var need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
                  if (ratio < need) { out.push(el.textContent.trim().slice(0, 40) + ' (' + ratio.toFixed(2) + ')'); }
                });
                return out;""");
    }

    /** Saves a screenshot under target/screenshots (a test artefact). */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path out = dir.resolve(name + ".png");
            Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
