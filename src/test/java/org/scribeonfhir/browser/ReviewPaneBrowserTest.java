package org.scribeonfhir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scribeonfhir.testsupport.Chromium;

import io.quarkus.test.junit.QuarkusTest;

/** What a person clicks, in a real (headless) Chromium: sandbox EHR → Scribe in the iframe → edit → sign. */
@QuarkusTest
class ReviewPaneBrowserTest {

    static final String BASE = "http://localhost:18081";

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void physicianOpensScribeInTheEhrFollowsEvidenceEditsSavesSignsAndSeesTheNoteInTheChart() {
        browser = Chromium.start(1600, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(BASE + "/sandbox?practitioner=sbx-prac-01&patient=sbx-pat-03&encounter=sbx-enc-03");
        browser.findElement(By.cssSelector("button[name=open]")).click();

        // Scribe opens inside the EHR's iframe through a real SMART EHR launch.
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scribe-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transcript-title")));
        assertThat(browser.findElement(By.cssSelector(".banner")).getText()).contains("Dana Fakename");
        assertThat(browser.findElements(By.cssSelector(".turn"))).hasSizeGreaterThan(20);

        // Following a statement's evidence highlights the chart fact it came from.
        WebElement details = browser.findElement(By.cssSelector("#section-5 ~ details.statements summary"));
        details.click();
        WebElement chip = browser.findElement(By.cssSelector("#section-5 ~ details.statements a.evidence"));
        String target = chip.getAttribute("href").substring(chip.getAttribute("href").indexOf('#') + 1);
        chip.click();
        wait.until(d -> target.equals(browser.executeScript(
                "var t = document.querySelector(':target'); return t ? t.id : null;")));
        assertThat(browser.findElement(By.id(target)).getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");

        // Edit, save, reload the EHR page (which launches Scribe again): the same draft, with the edit.
        WebElement hpi = browser.findElement(By.id("section-1"));
        hpi.clear();
        hpi.sendKeys("The patient reports a cough and wheeze for five days (browser test).");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Saved at"));
        browser.switchTo().defaultContent();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scribe-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("section-1")));
        assertThat(browser.findElement(By.id("section-1")).getAttribute("value"))
                .isEqualTo("The patient reports a cough and wheeze for five days (browser test).");
        Chromium.screenshot(browser, "review-pane");

        // Sign: the pane shows the id the EHR returned.
        browser.findElement(By.cssSelector("button.primary")).click();
        WebElement written = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("written-reference")));
        assertThat(written.getText()).startsWith("DocumentReference/");
        Chromium.screenshot(browser, "review-pane-signed");

        // The EHR's chart lists the signed note.
        browser.switchTo().defaultContent();
        browser.findElement(By.id("refresh-chart")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart"),
                "The patient reports a cough and wheeze for five days (browser test)."));
        Chromium.screenshot(browser, "sandbox-ehr-with-note");
    }
}
