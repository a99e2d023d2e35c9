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
