package org.scribeonfhir.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scribeonfhir.browser.Pane.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import java.sql.Connection;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scribeonfhir.testsupport.Chromium;

import io.quarkus.test.junit.QuarkusTest;

/** The pane in an EHR's narrow sidebar, in real (headless) Chromium; and how its editing technique was chosen. */
@QuarkusTest
class SidebarPaneBrowserTest {

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
    void inA400PxSidebarTheNoteComesFirstAndSignIsAFewTabsAway() {
        ChromeDriver b = browser(400, 900);
        openScribeInEhr(b, "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        long viewport = (Long) b.executeScript("return window.innerHeight;");
        long headerBottom = (Long) b.executeScript(
                "return Math.round(document.getElementById('h-0').getBoundingClientRect().bottom);");
        assertThat(headerBottom).as("the note's first header, without scrolling").isLessThanOrEqualTo(viewport);
        long chrome = (Long) b.executeScript("var s = document.querySelector('.status-bar').getBoundingClientRect();"
                + "var top = document.querySelector('.banner') ? document.querySelector('.banner')"
                + ".getBoundingClientRect().top : s.top; return Math.round(s.bottom - top);");
        assertThat(chrome).as("banner and status bar").isLessThanOrEqualTo(120);
        assertThat(b.findElement(By.id("transcript-drawer")).getAttribute("open")).isNull();

        // With the transcript drawer open, pointing at a line highlights its turns but never moves the page.
        b.findElement(By.cssSelector("#transcript-drawer > summary")).click();
        b.executeScript("window.scrollTo(0, 0);");
        WebElement pointed = (WebElement) b.executeScript("return [...document.querySelectorAll("
                + "'.note-text .st[data-evidence]')].find(s => s.dataset.evidence.startsWith('turn-'));");
        new Actions(b).moveToElement(pointed).perform();
        waitIn(b).until(ExpectedConditions.attributeContains(
                By.id(pointed.getAttribute("data-evidence").split(" ")[0]), "class", "highlight"));
        assertThat((Long) b.executeScript("return Math.round(window.scrollY);")).isZero();

        // Alt+Enter jumps to the turn; Escape comes back even when the pointer rests on another line meanwhile.
        pointed.click();
        b.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ENTER));
        String turn = pointed.getAttribute("data-evidence").split(" ")[0];
        waitIn(b).until(d -> turn.equals(d.switchTo().activeElement().getAttribute("id")));
        new Actions(b).moveToElement(b.findElement(By.cssSelector("#note-0 .st"))).perform();
        b.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitIn(b).until(d -> d.switchTo().activeElement().getAttribute("class").contains("note-text"));
        b.findElement(By.cssSelector("#transcript-drawer > summary")).click();
        assertThat((Boolean) b.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();

        // A line clicked at the bottom of the view: the evidence box (sticky at the bottom) never covers it.
        WebElement low = (WebElement) b.executeScript("var lines = [...document.querySelectorAll("
                + "'.note-text .st[data-chips]')].filter(s => s.dataset.chips.length > 2); var s = lines[Math.floor("
                + "lines.length / 2)]; window.scrollBy(0, s.getBoundingClientRect().bottom - window.innerHeight + 4);"
                + " return s;");
        new Actions(b).moveToElement(low).click().perform();
        WebElement lowBar = low.findElement(By.xpath("./ancestor::section[1]")).findElement(By.cssSelector(".evidence-bar"));
        waitIn(b).until(ExpectedConditions.visibilityOf(lowBar));
        assertThat(low.getAttribute("class")).contains("active");
        assertThat((Boolean) b.executeScript("var l = arguments[0].getBoundingClientRect(), r = arguments[1]"
                + ".getBoundingClientRect(); return l.bottom <= r.top + 1 && l.top >= 0;", low, lowBar))
                .as("the clicked line stays visible above its evidence box").isTrue();

        // The skip link is the pane's first focusable element, so the first Tab into the pane lands there; count
        // from it (focused directly: Tab from the EHR page's own controls depends on the EHR, not on us).
        assertThat(b.executeScript("return document.querySelector('a[href], button, input:not([type=hidden]), "
                + "select, textarea:not([hidden]), [tabindex]:not([tabindex=\\'-1\\'])').className;"))
                .isEqualTo("skip-link");
        List<String> path = new ArrayList<>();
        int tabs = tabsToSign(b, path);
        assertThat(tabs).as("Tab presses from the top to Sign: " + path).isLessThanOrEqualTo(15);
        assertThat(duplicatedStatements(b)).isZero();
        System.out.printf("PANE-METRICS width=400 height=%d tabsToSign=%d bannerAndStatus=%d%n", pageHeight(b), tabs,
                chrome);
        b.executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        b.switchTo().defaultContent();
        assertThat((Boolean) b.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the sandbox EHR page around the pane fits 400 px").isTrue();
        b.executeScript("document.getElementById('scribe-frame').scrollIntoView();");
        Chromium.screenshot(b, "review-pane-sidebar-400px");

        ChromeDriver wide = browser(1400, 1000);
        wide.get(BASE + "/sandbox/launch?practitioner=sbx-prac-01&patient=sbx-pat-01&encounter=sbx-enc-01");
        waitIn(wide).until(ExpectedConditions.visibilityOfElementLocated(By.id("note-1")));
        assertThat(duplicatedStatements(wide)).isZero();
        System.out.printf("PANE-METRICS width=1400 height=%d%n", pageHeight(wide));
        Chromium.screenshot(wide, "review-pane-1400px");
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
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("turn-2")));
        assertThat(b.findElement(By.tagName("body")).getText()).as("one message about the transcript, not two")
                .contains("Transcript replaced").doesNotContain("has no transcript for this encounter");
        assertThat(b.findElement(By.id("turn-1")).getAttribute("textContent")).contains("<img src=x onerror=\"window.__xss=1\">");
        assertThat(b.findElement(By.id("turn-2")).getAttribute("textContent")).contains("<script>window.__xss=2</script>");

        WebElement hpi = b.findElement(By.id("note-1"));
        type(hpi, "Dysuria since Monday <img src=y onerror=\"window.__xss=3\">");
        waitForAutosave(b);
        b.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-1")));
        assertThat(sent(b, 1)).contains("<img src=y onerror=");
        assertThat(b.findElement(By.cssSelector("#note-1 .st.added")).getText()).contains("<img src=y onerror=");
        assertThat(b.executeScript("return window.__xss === undefined;")).isEqualTo(Boolean.TRUE);
        WebElement save = b.findElement(By.cssSelector("button[value=save]"));
        assertThat(save.isDisplayed()).isTrue();
        assertThat(save.getRect().getX() + save.getRect().getWidth()).isLessThanOrEqualTo(400);
        Chromium.screenshot(b, "review-pane-400px");
    }

    /** What the trial measures for one technique, at 400 px on the same draft. */
    record Measured(String technique, int tabsToSign, long pageHeight, long selectAllLines, long sectionLines) {
    }

    /**
     * The issue asked to decide the editing technique by trying both: one editable region per section (built) and
     * one text field per statement ({@code src/test/resources/browser/per-statement-fields.js}, put over the same
     * draft). Measured at 400 px: Tab presses to Sign, page height, and what Ctrl+A in the HPI selects (what a
     * person can copy or retype at once). Fields cost one Tab stop per statement and keep every selection inside
     * one statement; their one advantage (no word rule needed to know which statement a person changed) does not
     * outweigh that.
     */
    @Test
    void oneEditableRegionPerSectionBeatsPerStatementFieldsOnTabsAndSelection() throws Exception {
        ChromeDriver b = browser(400, 900);
        openScribeInEhr(b, "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        String hpiText = sent(b, 1);
        long hpiLines = hpiText.lines().count();

        WebElement line = b.findElement(By.cssSelector("#note-1 .st"));
        b.executeScript("arguments[0].scrollIntoView({block: 'center'});", line);
        line.click();
        b.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"));
        long regionSelected = (Long) b.executeScript("return window.getSelection().toString().split('\\n')"
                + ".filter(function (l) { return l.trim(); }).length;");
        Measured region = new Measured("one region per section", tabsToSign(b, new ArrayList<>()), pageHeight(b),
                regionSelected, hpiLines);

        b.executeScript("document.activeElement.blur();" + new String(getClass()
                .getResourceAsStream("/browser/per-statement-fields.js").readAllBytes(), StandardCharsets.UTF_8));
        // The prototype is a working fields design: every statement once, in its own labelled field; typing in one
        // changes what the form sends; Enter at its end adds a statement after it.
        assertThat(b.findElements(By.cssSelector(".note-text"))).isEmpty();
        List<WebElement> hpiFields = b.findElements(By.cssSelector("#fields-1 textarea"));
        assertThat(hpiFields).hasSize((int) hpiLines);
        assertThat(sent(b, 1)).isEqualTo(hpiText);
        assertThat(hpiFields.get(0).getAttribute("aria-label")).startsWith("HISTORY OF PRESENT ILLNESS, statement 1 of");
        int fieldTabs = tabsToSign(b, new ArrayList<>());
        long fieldHeight = pageHeight(b);
        Chromium.screenshot(b, "editing-trial-per-statement-fields");
        WebElement first = hpiFields.get(0);
        b.executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
        first.click();
        first.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Trial.", Keys.ENTER, "Added in the trial.");
        assertThat(sent(b, 1)).startsWith(first.getDomProperty("value")).contains("Trial.\nAdded in the trial.\n");
        assertThat(b.findElements(By.cssSelector("#fields-1 textarea"))).hasSize((int) hpiLines + 1);
        first.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        long fieldSelected = (Long) b.executeScript("var f = document.activeElement; return f.value.substring("
                + "f.selectionStart, f.selectionEnd).split('\\n').filter(function (l) { return l.trim(); }).length;");
        Measured fields = new Measured("one field per statement", fieldTabs, fieldHeight, fieldSelected, hpiLines + 1);

        for (Measured m : List.of(region, fields)) {
            System.out.printf("EDITING-TRIAL technique=\"%s\" tabsToSign=%d height=%d ctrlASelectsLines=%d/%d%n",
                    m.technique(), m.tabsToSign(), m.pageHeight(), m.selectAllLines(), m.sectionLines());
        }
        assertThat(region.tabsToSign()).isLessThanOrEqualTo(15);
        assertThat(fields.tabsToSign()).as("one Tab stop per statement").isGreaterThan(15);
        assertThat(region.selectAllLines()).as("Ctrl+A in the HPI selects the section").isEqualTo(hpiLines);
        assertThat(fields.selectAllLines()).as("Ctrl+A in a field selects one statement").isEqualTo(1);
    }

    @Inject
    DataSource db;

    /** The encounter's drafts, forgotten: this test starts from the model's draft and leaves nothing signed. */
    private void forgetDrafts(String encounter) throws Exception {
        try (Connection c = db.getConnection(); var ps = c.prepareStatement("delete from draft where encounter_id = ?")) {
            ps.setString(1, encounter);
            ps.executeUpdate();
        }
    }

    @Test
    void aCriticalFindingIsMarkedOnItsLineBlocksSigningAndIsAcknowledgedWithTheKeyboard() throws Exception {
        forgetDrafts("sbx-enc-02");
        try {
            criticalFindingAcknowledgedWithTheKeyboard();
        } finally {
            forgetDrafts("sbx-enc-02");
        }
    }

    private void criticalFindingAcknowledgedWithTheKeyboard() {
        ChromeDriver b = browser(400, 900);
        WebDriverWait wait = waitIn(b);
        openScribeInEhr(b, "sbx-prac-01", "sbx-pat-02", "sbx-enc-02"); // the chart: allergic to codeine
        WebElement plan = b.findElement(By.id("note-5"));
        caretAtEndOf(b, plan.findElements(By.cssSelector(".st")).get(plan.findElements(By.cssSelector(".st")).size() - 1));
        b.switchTo().activeElement().sendKeys(Keys.ENTER, "Start codeine 30 mg every 6 hours as needed for pain.");
        waitForAutosave(b);
        // Found as soon as the text is saved, before anyone presses Sign: listed, and marked on its line.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#findings .finding-critical"),
                "Codeine is given here, but the patient is allergic to Codeine"));
        wait.until(d -> !d.findElements(By.cssSelector("#note-5 .st.finding-mark-critical")).isEmpty());
        b.findElement(By.id("attest")).click();
        b.findElement(By.id("sign")).click();

        // Refused: the sign check names the finding, the finding sits on its line, the text is all there.
        WebElement check = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-check")));
        assertThat(check.getText()).contains("1 critical safety finding needs your acknowledgement");
        WebElement marked = b.findElement(By.cssSelector("#note-5 .st.finding-mark-critical"));
        assertThat(marked.getText()).isEqualTo("Start codeine 30 mg every 6 hours as needed for pain.");
        assertThat(Chromium.lowContrastText(b)).as("text below WCAG 2.1 AA contrast").isEmpty();
        WebElement finding = b.findElement(By.cssSelector(".finding.finding-critical"));
        finding.findElement(By.cssSelector(".go-to-line")).click();
        assertThat(b.switchTo().activeElement().getAttribute("id")).isEqualTo("note-5");
        Chromium.screenshot(b, "sidebar-critical-finding-line");
        b.executeScript("arguments[0].scrollIntoView({block: 'center'});", finding);
        Chromium.screenshot(b, "sidebar-critical-finding");

        // By keyboard: into the reason field, type why, Enter acknowledges (the form's own submit of that button).
        WebElement reason = finding.findElement(By.cssSelector("input[name^='reason.']"));
        reason.click();
        reason.sendKeys("Nausea only, not an allergy; tolerated codeine in 2024.");
        finding.findElement(By.cssSelector("button[formaction$='/acknowledge']")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".finding-critical .finding-ack"),
                "Nausea only, not an allergy; tolerated codeine in 2024."));
        assertThat(b.findElement(By.cssSelector(".finding-critical .finding-ack")).getText())
                .startsWith("Acknowledged by Dr. Avery Sample, MD");
        assertThat(b.switchTo().activeElement().getAttribute("class")).as("focus comes back to the finding")
                .contains("finding-critical");

        // Signing now goes past the safety check (the API test signs; here nothing is written to the shared sandbox).
        assertThat(b.findElements(By.cssSelector("#findings input[name^='reason.']"))).isEmpty();
    }
}
