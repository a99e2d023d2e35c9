package org.scribeonfhir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scribeonfhir.testsupport.Chromium;

import io.quarkus.test.junit.QuarkusTest;

/** What people click, in real (headless) Chromium: the sandbox EHR, Scribe in its iframe, two users, conflicts. */
@QuarkusTest
class ReviewPaneBrowserTest {

    static final String BASE = "http://localhost:18081";

    final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver browser(int width, int height) {
        ChromeDriver b = Chromium.start(width, height);
        browsers.add(b);
        return b;
    }

    private static WebDriverWait waitIn(ChromeDriver b) {
        return new WebDriverWait(b, Duration.ofSeconds(20));
    }

    /** Opens the sandbox EHR as a practitioner on an encounter, presses Open Scribe, enters the iframe. */
    private static void openScribeInEhr(ChromeDriver b, String practitioner, String patient, String encounter) {
        b.get(BASE + "/sandbox?practitioner=" + practitioner + "&patient=" + patient + "&encounter=" + encounter);
        b.findElement(By.cssSelector("button[name=open]")).click();
        waitIn(b).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scribe-frame")));
        waitIn(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("section-1")));
    }

    /** Ticks the attestation and signs; when "check" statements are left, the pane lists them and asks again. */
    private static void signReviewingWhatIsLeft(ChromeDriver b, WebDriverWait wait) {
        b.findElement(By.id("attest")).click();
        b.findElement(By.id("sign")).click();
        wait.until(d -> !d.findElements(By.id("written-reference")).isEmpty()
                || !d.findElements(By.id("sign-check")).isEmpty());
        if (!b.findElements(By.id("sign-check")).isEmpty()) {
            assertThat(b.findElements(By.cssSelector("#sign-check .unreviewed li"))).isNotEmpty();
            assertThat(b.findElement(By.id("attest")).isSelected()).isTrue();
            b.findElement(By.id("sign-unreviewed")).click();
        }
    }

    private static void type(WebElement textarea, String text) {
        textarea.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        textarea.sendKeys(text);
    }

    private static void waitForAutosave(ChromeDriver b) {
        waitIn(b).until(d -> d.findElement(By.id("saved-at")).getText().matches("Saved version \\d+ at .*")
                && d.findElement(By.id("saved-at")).getAttribute("class").contains("ok"));
    }

    @Test
    void physicianFollowsEvidenceByMouseAndKeyboardAutosavesReopensSignsAndSeesTheNoteInTheChart() {
        ChromeDriver b = browser(1600, 1000);
        WebDriverWait wait = waitIn(b);
        // The pane on its own (as in an EHR that opens apps in a window): select a statement, see its evidence.
        b.get(BASE + "/sandbox/launch?practitioner=sbx-prac-01&patient=sbx-pat-03&encounter=sbx-enc-03");
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#section-1 ~ .statements .statement[data-evidence]")));
        first.click();
        wait.until(ExpectedConditions.attributeContains(By.id(first.getAttribute("data-evidence").split(" ")[0]),
                "class", "highlight"));
        b.executeScript("document.getElementById('h-1').scrollIntoView();");
        Chromium.screenshot(b, "review-pane-full");
        assertThat(Chromium.lowContrastText(b)).as("text below WCAG 2.1 AA contrast").isEmpty();

        openScribeInEhr(b, "sbx-prac-01", "sbx-pat-03", "sbx-enc-03");
        assertThat(b.findElement(By.cssSelector(".banner")).getText()).contains("Dana Fakename");
        assertThat(b.findElements(By.cssSelector(".turn"))).hasSizeGreaterThan(20);

        // Clicking a statement highlights the chart fact it rests on and scrolls it into view.
        WebElement statement = (WebElement) b.executeScript("return [...document.querySelectorAll("
                + "'.statements .statement[data-evidence]')].find(s => { var e = document.getElementById("
                + "s.dataset.evidence.split(' ')[0]); return e && e.classList.contains('fact'); });");
        String target = statement.getAttribute("data-evidence").split(" ")[0];
        statement.findElement(By.cssSelector(".statement-text")).click(); // the text, not an evidence chip
        wait.until(ExpectedConditions.attributeContains(By.id(target), "class", "highlight"));
        assertThat((Boolean) b.executeScript("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "var c = document.querySelector('.evidence-column').getBoundingClientRect();"
                + "return r.top >= c.top - 1 && r.bottom <= c.bottom + 1;", target)).isTrue(); // subpixel layout

        // Keyboard: Tab reaches statements; Enter jumps to the evidence.
        WebElement next = b.findElements(By.cssSelector("#section-3 ~ .statements .statement[data-evidence]")).get(0);
        String nextTarget = next.getAttribute("data-evidence").split(" ")[0];
        next.sendKeys(Keys.ENTER);
        wait.until(d -> nextTarget.equals(d.switchTo().activeElement().getAttribute("id")));

        // Typing autosaves; the drafted statement it replaced is marked as changed by a person.
        WebElement plan = b.findElement(By.id("section-5"));
        String planText = plan.getAttribute("value");
        String firstLine = planText.split("\n")[0];
        type(plan, planText.replace(firstLine, "Asthma exacerbation: start a 5-day prednisone burst (browser test)."));
        waitForAutosave(b);
        assertThat(b.findElement(By.cssSelector("#section-5 ~ .statements .statement.edited")).getText())
                .contains(firstLine).contains("changed by a person");
        assertThat(b.findElement(By.cssSelector("#section-5 ~ .statements .statement.added")).getText())
                .contains("prednisone burst (browser test)").contains("added by a person");

        // The EHR reloads (a new launch): the same draft, with the edit.
        b.switchTo().defaultContent();
        b.navigate().refresh();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scribe-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("section-5")));
        assertThat(b.findElement(By.id("section-5")).getAttribute("value")).contains("prednisone burst (browser test)");
        Chromium.screenshot(b, "review-pane");

        // A statement marked "check": Accept clears the mark (a form post; the page comes back with a notice).
        int checks = b.findElements(By.cssSelector(".statement.low-confidence")).size();
        assertThat(checks).as("the sandbox draft has statements marked check").isPositive();
        b.findElement(By.cssSelector(".statement.low-confidence button.accept")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Statement accepted"));
        assertThat(b.findElements(By.cssSelector(".statement.low-confidence"))).hasSize(checks - 1);
        assertThat(b.findElements(By.cssSelector(".statement.accepted .accepted-mark"))).hasSize(1);

        // Sign without the attestation: the browser refuses to send the form; nothing is signed.
        b.findElement(By.id("sign")).click();
        assertThat(b.findElement(By.id("attest")).getAttribute("validationMessage")).isNotEmpty();
        assertThat(b.findElements(By.id("written-reference"))).isEmpty();
        signReviewingWhatIsLeft(b, wait);
        WebElement written = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("written-reference")));
        assertThat(written.getText()).startsWith("DocumentReference/");
        Chromium.screenshot(b, "review-pane-signed");

        b.switchTo().defaultContent();
        b.findElement(By.id("refresh-chart")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart"), "prednisone burst (browser test)"));
        Chromium.screenshot(b, "sandbox-ehr-with-note");
    }

    @Test
    void scribeMarksTheDraftReadyAndTheAttendingPhysicianSignsIt() {
        ChromeDriver scribe = browser(1400, 1000);
        openScribeInEhr(scribe, "sbx-prac-03", "sbx-pat-04", "sbx-enc-04");
        assertThat(scribe.findElements(By.cssSelector("button.primary"))).isEmpty();
        assertThat(scribe.findElement(By.cssSelector(".hint")).getText())
                .contains("Only the encounter's attending clinician signs this note");
        type(scribe.findElement(By.id("section-1")), "Palpitations for three weeks, worse at night (scribe).");
        scribe.findElement(By.id("mark-ready")).click();
        waitIn(scribe).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ready"),
                "Ready for signature — marked by Sam Scribe"));

        ChromeDriver physician = browser(1400, 1000);
        openScribeInEhr(physician, "sbx-prac-02", "sbx-pat-04", "sbx-enc-04");
        assertThat(physician.findElement(By.id("draft-state")).getText()).isEqualTo("Ready for signature");
        assertThat(physician.findElement(By.id("section-1")).getAttribute("value"))
                .isEqualTo("Palpitations for three weeks, worse at night (scribe).");
        signReviewingWhatIsLeft(physician, waitIn(physician));
        assertThat(waitIn(physician).until(ExpectedConditions.visibilityOfElementLocated(By.id("written-reference")))
                .getText()).startsWith("DocumentReference/");
    }

    @Test
    void secondEditorsStaleAutosaveShowsBothTextsAndLosesNothing() {
        ChromeDriver first = browser(1400, 1000);
        openScribeInEhr(first, "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        ChromeDriver second = browser(1400, 1000);
        openScribeInEhr(second, "sbx-prac-03", "sbx-pat-01", "sbx-enc-01");

        type(first.findElement(By.id("section-1")), "First editor: diabetes follow-up, sugars 150s.");
        waitForAutosave(first);

        type(second.findElement(By.id("section-1")), "Second editor: typed on an old version.");
        waitIn(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(second.findElement(By.id("your-text")).getAttribute("value"))
                .contains("Second editor: typed on an old version.");
        assertThat(second.findElement(By.id("section-1")).getAttribute("value"))
                .isEqualTo("First editor: diabetes follow-up, sugars 150s.");
        assertThat(second.findElement(By.id("saved-at")).getText()).contains("Not saved: someone else saved");
        Chromium.screenshot(second, "conflict");
    }

    @Test
    void narrowSidebarPaneIsUsableAndPastedMarkupIsNeverExecuted() {
        ChromeDriver b = browser(400, 900);
        WebDriverWait wait = waitIn(b);
        // At top level (no iframe) through the sandbox's launch: patient 05's encounter has no transcript.
        b.get(BASE + "/sandbox/launch?practitioner=sbx-prac-02&patient=sbx-pat-05&encounter=sbx-enc-05");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transcript-text")));
        assertThat(b.executeScript("return window.innerWidth;")).isEqualTo(400L);
        assertThat((Boolean) b.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();

        b.findElement(By.id("transcript-text")).sendKeys("[doctor] <img src=x onerror=\"window.__xss=1\"> any burning?",
                Keys.ENTER, "[patient] yes <script>window.__xss=2</script> since monday");
        b.findElement(By.cssSelector(".transcript-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("turn-2")));
        assertThat(b.findElement(By.id("turn-1")).getText()).contains("<img src=x onerror=\"window.__xss=1\">");
        assertThat(b.findElement(By.id("turn-2")).getText()).contains("<script>window.__xss=2</script>");

        WebElement hpi = b.findElement(By.id("section-1"));
        type(hpi, "Dysuria since Monday <img src=y onerror=\"window.__xss=3\">");
        waitForAutosave(b);
        b.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("section-1")));
        assertThat(b.findElement(By.id("section-1")).getAttribute("value")).contains("<img src=y onerror=");
        assertThat(b.findElement(By.cssSelector("#section-1 ~ .statements .statement.added")).getText())
                .contains("<img src=y onerror=");
        assertThat(b.executeScript("return window.__xss === undefined;")).isEqualTo(Boolean.TRUE);
        WebElement save = b.findElement(By.cssSelector("button[value=save]"));
        assertThat(save.isDisplayed()).isTrue();
        assertThat(save.getRect().getX() + save.getRect().getWidth()).isLessThanOrEqualTo(400);
        Chromium.screenshot(b, "review-pane-400px");
    }
}
