package org.scribeonfhir.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scribeonfhir.browser.Pane.*;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scribeonfhir.testsupport.Chromium;

import io.quarkus.test.junit.QuarkusTest;

/** What people click, in real (headless) Chromium: the sandbox EHR, Scribe in its iframe, two users, conflicts. */
@QuarkusTest
class ReviewPaneBrowserTest {

    @Inject
    DataSource db;

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

    @Test
    void physicianFollowsEvidenceByMouseAndKeyboardAutosavesReopensSignsAndSeesTheNoteInTheChart() {
        ChromeDriver b = browser(1600, 1000);
        WebDriverWait wait = waitIn(b);
        // The pane on its own (as in an EHR that opens apps in a window): select a statement, see its evidence.
        b.get(BASE + "/sandbox/launch?practitioner=sbx-prac-01&patient=sbx-pat-03&encounter=sbx-enc-03");
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#note-1 .st[data-evidence]:not([data-evidence=''])")));
        first.click();
        wait.until(ExpectedConditions.attributeContains(By.id(first.getAttribute("data-evidence").split(" ")[0]),
                "class", "highlight"));
        b.executeScript("document.getElementById('h-1').scrollIntoView();");
        Chromium.screenshot(b, "review-pane-full");
        assertThat(Chromium.lowContrastText(b)).as("text below WCAG 2.1 AA contrast").isEmpty();

        openScribeInEhr(b, "sbx-prac-01", "sbx-pat-03", "sbx-enc-03");
        assertThat(b.findElement(By.cssSelector(".banner")).getText()).contains("Dana Fakename");
        assertThat(b.findElements(By.cssSelector(".turn"))).hasSizeGreaterThan(20);

        // One copy of the note: each drafted statement's text is shown once (no list repeating the sections).
        assertThat(duplicatedStatements(b)).isZero();

        // Clicking a statement highlights the chart fact it rests on and scrolls it into view.
        WebElement statement = (WebElement) b.executeScript("return [...document.querySelectorAll("
                + "'.note-text .st[data-evidence]')].find(s => { var e = document.getElementById("
                + "s.dataset.evidence.split(' ')[0]); return e && e.classList.contains('fact'); });");
        String target = statement.getAttribute("data-evidence").split(" ")[0];
        statement.click();
        wait.until(ExpectedConditions.attributeContains(By.id(target), "class", "highlight"));
        // In the EHR's sidebar the chart is a closed drawer: the statement's chip opens it at the fact.
        statement.findElement(By.xpath("./ancestor::section[1]"))
                .findElement(By.cssSelector(".evidence-bar a.evidence[href='#" + target + "']")).click();
        wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript("var r = document.getElementById(arguments[0])"
                + ".getBoundingClientRect(); var c = document.querySelector('.evidence-column').getBoundingClientRect();"
                + "return r.height > 0 && r.top >= Math.max(c.top, 0) - 1 && r.bottom <= Math.min(c.bottom, "
                + "window.innerHeight) + 1;", target)); // in view, whatever the layout (subpixel tolerance)

        // Keyboard: the statement under the cursor shows its evidence under the section; Alt+Enter jumps to the
        // first turn or fact (opening its drawer in a narrow sidebar), Escape comes back to the note.
        WebElement withChip = (WebElement) b.executeScript("return [...document.querySelectorAll("
                + "'#note-3 .st[data-evidence]')].find(s => s.dataset.evidence.length > 0);");
        withChip.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bar-3 a.evidence")));
        String chipTarget = b.findElement(By.cssSelector("#bar-3 a.evidence")).getAttribute("href").replaceAll(".*#", "");
        b.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ENTER));
        wait.until(d -> chipTarget.equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(b.findElement(By.id(chipTarget)).isDisplayed()).isTrue();
        b.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> "note-3".equals(d.switchTo().activeElement().getAttribute("id")));
        // Every piece of evidence by keyboard, not only the first: Alt+Enter on a target goes to the next one.
        WebElement cited = (WebElement) b.executeScript("return [...document.querySelectorAll('.note-text "
                + ".st[data-evidence]')].find(s => s.dataset.evidence.split(' ').filter(i => "
                + "document.getElementById(i)).length > 1);");
        String[] ids = cited.getAttribute("data-evidence").split(" ");
        String region = cited.findElement(By.xpath("./ancestor::div[contains(@class,'note-text')][1]"))
                .getAttribute("id");
        cited.click();
        b.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ENTER));
        wait.until(d -> ids[0].equals(d.switchTo().activeElement().getAttribute("id")));
        b.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ENTER));
        wait.until(d -> ids[1].equals(d.switchTo().activeElement().getAttribute("id")));
        b.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> region.equals(d.switchTo().activeElement().getAttribute("id")));

        // Typing autosaves: a drafted line a person changes is marked changed, a line typed after it added.
        WebElement plan = b.findElement(By.cssSelector("#note-5 .st"));
        String firstLine = plan.getText();
        plan.click();
        b.switchTo().activeElement().sendKeys(Keys.END, " Recheck in one week.", Keys.ENTER,
                "Asthma exacerbation: start a 5-day prednisone burst (browser test).");
        waitForAutosave(b);
        assertThat(b.findElement(By.cssSelector("#note-5 .st.edited")).getText())
                .isEqualTo(firstLine + " Recheck in one week.");
        assertThat(b.findElement(By.cssSelector("#note-5 .st.added")).getText())
                .isEqualTo("Asthma exacerbation: start a 5-day prednisone burst (browser test).");
        assertThat(sent(b, 5)).contains(firstLine + " Recheck in one week.\nAsthma exacerbation: start a 5-day "
                + "prednisone burst (browser test).");

        // The EHR reloads (a new launch): the same draft, with the edit.
        b.switchTo().defaultContent();
        b.navigate().refresh();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scribe-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-5")));
        assertThat(b.findElement(By.id("note-5")).getText()).contains("prednisone burst (browser test)");
        Chromium.screenshot(b, "review-pane");

        // A statement marked "check": Accept clears the mark (a form post; the page comes back with a notice).
        int checks = b.findElements(By.cssSelector(".note-text .st.low-confidence")).size();
        assertThat(checks).as("the sandbox draft has statements marked check").isPositive();
        WebElement unsure = b.findElement(By.cssSelector(".note-text .st.low-confidence"));
        unsure.click();
        unsure.findElement(By.xpath("./ancestor::section[1]")).findElement(By.cssSelector(".evidence-bar button.accept"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Statement accepted"));
        assertThat(b.switchTo().activeElement().getAttribute("class")).as("back in the note after the reload")
                .contains("note-text");
        assertThat(b.findElements(By.cssSelector(".note-text .st.low-confidence"))).hasSize(checks - 1);
        assertThat(b.findElements(By.cssSelector(".note-text .st.accepted"))).hasSize(1);

        // Reject removes a statement marked check from the note (History keeps it).
        WebElement doubtful = b.findElement(By.cssSelector(".note-text .st.low-confidence"));
        String rejected = doubtful.getAttribute("data-text");
        doubtful.click();
        doubtful.findElement(By.xpath("./ancestor::section[1]")).findElement(By.cssSelector(".evidence-bar button.reject"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Statement removed"));
        assertThat(b.findElements(By.cssSelector(".note-text .st.low-confidence"))).hasSize(checks - 2);
        assertThat(b.findElements(By.cssSelector(".note-text .st"))).noneMatch(st -> st.getText().equals(rejected));

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
        type(scribe.findElement(By.id("note-1")), "Palpitations for three weeks, worse at night (scribe).");
        scribe.findElement(By.id("mark-ready")).click();
        waitIn(scribe).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ready"),
                "Ready for signature — marked by Sam Scribe"));
        // offered again only after a change
        assertThat(scribe.findElement(By.id("mark-ready")).isDisplayed()).isFalse();

        ChromeDriver physician = browser(1400, 1000);
        openScribeInEhr(physician, "sbx-prac-02", "sbx-pat-04", "sbx-enc-04");
        assertThat(physician.findElement(By.id("draft-state")).getText()).isEqualTo("Ready for signature");
        assertThat(sent(physician, 1)).isEqualTo("Palpitations for three weeks, worse at night (scribe).");
        assertThat(physician.findElement(By.id("note-1")).getText())
                .isEqualTo("Palpitations for three weeks, worse at night (scribe).");
        caretAtEndOf(physician, physician.findElement(By.cssSelector("#note-1 .st")));
        physician.switchTo().activeElement().sendKeys(" No syncope.");
        waitForAutosave(physician);

        // The scribe comes back to the open pane: it shows the attending's saved text without a conflict.
        WebDriverWait scribeWait = waitIn(scribe);
        scribeWait.until(d -> {
            scribe.executeScript("window.dispatchEvent(new Event('focus'));");
            return d.findElement(By.id("note-1")).getText().endsWith("(scribe). No syncope.");
        });
        assertThat(sent(scribe, 1)).isEqualTo("Palpitations for three weeks, worse at night (scribe). No syncope.");
        assertThat(scribe.findElement(By.id("saved-at")).getText()).startsWith("Updated while you were away: Saved version")
                .contains("Dr. Riley Example, MD");

        signReviewingWhatIsLeft(physician, waitIn(physician));
        assertThat(waitIn(physician).until(ExpectedConditions.visibilityOfElementLocated(By.id("written-reference")))
                .getText()).startsWith("DocumentReference/");

        // And when it was signed meanwhile, the scribe's pane stops editing and says so.
        scribeWait.until(d -> {
            scribe.executeScript("window.dispatchEvent(new Event('focus'));");
            return d.findElement(By.id("draft-state")).getText().equals("Signed by someone else");
        });
        assertThat(scribe.findElement(By.id("note-1")).getAttribute("contenteditable")).isEqualTo("false");
        assertThat(scribe.findElement(By.id("saved-at")).getText()).contains("signed this note meanwhile");
        assertThat(scribe.findElement(By.cssSelector("button[value=save]")).isEnabled()).isFalse();
    }

    @Test
    void secondEditorsStaleAutosaveShowsBothTextsAndLosesNothing() {
        ChromeDriver first = browser(1400, 1000);
        openScribeInEhr(first, "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        ChromeDriver second = browser(1400, 1000);
        openScribeInEhr(second, "sbx-prac-03", "sbx-pat-01", "sbx-enc-01");
        second.findElement(By.id("note-1")).click(); // already in the pane: no return that would fetch news

        WebElement drafted = first.findElement(By.cssSelector("#note-1 .st"));
        String changed = drafted.getText() + " First editor checked this.";
        caretAtEndOf(first, drafted);
        first.switchTo().activeElement().sendKeys(" First editor checked this.");
        waitForAutosave(first);
        assertThat(first.findElement(By.id("saved-at")).getText()).as("the second person's opening saved nothing")
                .startsWith("Saved version 2 at");

        type(second.findElement(By.id("note-1")), "Second editor: typed on an old version.");
        waitIn(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(second.findElement(By.id("your-text")).getAttribute("value"))
                .contains("Second editor: typed on an old version.");
        assertThat(sent(second, 1)).startsWith(changed).doesNotContain("Second editor");
        // The first editor's changed line reads as changed (it keeps its drafted statement), not as added.
        WebElement theirs = second.findElement(By.cssSelector("#note-1 .st"));
        assertThat(theirs.getText()).isEqualTo(changed);
        assertThat(theirs.getAttribute("class")).contains("edited").doesNotContain("added");
        assertThat(theirs.getAttribute("data-evidence")).isNotEmpty();
        assertThat(second.findElement(By.id("saved-at")).getText()).contains("Not saved: Dr. Avery Sample, MD saved version 2 meanwhile.");
        Chromium.screenshot(second, "conflict");

        // History: compare the model's draft with the first editor's version, then restore the model's.
        first.findElement(By.linkText("History")).click();
        WebDriverWait wait = waitIn(first);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("from")));
        new Select(first.findElement(By.id("from"))).selectByValue("1");
        first.findElement(By.cssSelector(".compare-form button")).click();
        WebElement comparison = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison")));
        assertThat(comparison.findElements(By.cssSelector(".diff ins"))).isNotEmpty();
        assertThat(comparison.findElements(By.cssSelector(".diff ins")).stream().map(WebElement::getText)
                .reduce("", (x, y) -> x + " " + y)).contains("checked");
        Chromium.screenshot(first, "history-compare");
        first.findElement(By.cssSelector("#version-1 summary")).click();
        first.findElement(By.cssSelector("#version-1 .restore-form button")).click();
        assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText()).startsWith("Restore version 1");
        first.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "An older version was restored"));
        assertThat(first.findElement(By.id("note-1")).getText()).doesNotContain("First editor checked this.");
    }


    @Test
    void textTypedAfterTheScribesSessionEndedIsNotAppliedForAColleagueButIsForTheScribe() throws Exception {
        ChromeDriver b = browser(1400, 1000);
        openScribeInEhr(b, "sbx-prac-03", "sbx-pat-05", "sbx-enc-05");
        try (Connection c = db.getConnection(); var ps = c.prepareStatement(
                "update app_session set expires_at = now() - interval '1 second'")) {
            ps.executeUpdate(); // the scribe's session ends while the pane is open
        }
        WebElement plan = b.findElement(By.id("note-3"));
        plan.click();
        b.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER,
                "Typed by the scribe after the session ended.");
        waitIn(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-at"),
                "Not saved: your session has ended."));

        // The attending launches in the same browser: told whose text exists, without it in the note.
        b.switchTo().defaultContent();
        openScribeInEhr(b, "sbx-prac-02", "sbx-pat-05", "sbx-enc-05");
        assertThat(b.findElement(By.cssSelector(".notice")).getText()).startsWith("Text typed by Sam Scribe")
                .contains("was not applied");
        assertThat(b.findElement(By.id("note-3")).getText()).doesNotContain("Typed by the scribe");

        // The scribe's own next launch there saves it into the draft.
        b.switchTo().defaultContent();
        openScribeInEhr(b, "sbx-prac-03", "sbx-pat-05", "sbx-enc-05");
        assertThat(b.findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("The text you typed while signed out was saved into the draft.");
        assertThat(b.findElement(By.id("note-3")).getText()).contains("Typed by the scribe after the session ended.");
    }
}
