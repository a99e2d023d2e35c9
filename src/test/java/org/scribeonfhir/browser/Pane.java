package org.scribeonfhir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the review pane, for the browser tests. */
final class Pane {

    static final String BASE = "http://localhost:18081";

    private Pane() {
    }

    static WebDriverWait waitIn(ChromeDriver b) {
        return new WebDriverWait(b, Duration.ofSeconds(20));
    }

    /** Opens the sandbox EHR as a practitioner on an encounter, presses Open Scribe, enters the iframe. */
    static void openScribeInEhr(ChromeDriver b, String practitioner, String patient, String encounter) {
        b.get(BASE + "/sandbox?practitioner=" + practitioner + "&patient=" + patient + "&encounter=" + encounter);
        b.findElement(By.cssSelector("button[name=open]")).click();
        waitIn(b).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scribe-frame")));
        waitIn(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("note-1")));
    }

    /** Ticks the attestation and signs; when "check" statements are left, the pane lists them and asks again. */
    static void signReviewingWhatIsLeft(ChromeDriver b, WebDriverWait wait) {
        b.findElement(By.id("attest")).click();
        b.findElement(By.id("sign")).click();
        wait.until(d -> !d.findElements(By.id("written-reference")).isEmpty()
                || !d.findElements(By.id("sign-check")).isEmpty());
        if (!b.findElements(By.id("sign-check")).isEmpty()) {
            assertThat(b.findElement(By.id("attest")).isSelected()).isTrue();
            // Each listed statement leads to its line, where its evidence and Accept/Reject are.
            WebElement listed = b.findElement(By.cssSelector("#sign-check .unreviewed li button.go-to-line"));
            String text = listed.getText();
            listed.click();
            WebElement active = b.findElement(By.cssSelector(".note-text .st.active"));
            assertThat(active.getAttribute("data-text")).isEqualTo(text);
            assertThat(b.switchTo().activeElement().getAttribute("class")).contains("note-text");
            WebElement bar = active.findElement(By.xpath("./ancestor::section[1]")).findElement(By.cssSelector(".evidence-bar"));
            assertThat(bar.findElement(By.cssSelector("button.accept")).isDisplayed()).isTrue();
            WebElement signAnyway = b.findElement(By.id("sign-unreviewed"));
            b.executeScript("arguments[0].scrollIntoView({block: 'center'});", signAnyway); // back up to the list
            signAnyway.click();
        }
    }

    /** Replaces a section's text the way a person would: click into the note, select all of it, type. */
    static void type(WebElement region, String text) {
        region.click();
        region.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        region.sendKeys(text);
    }

    /** How many drafted statements are shown more than once on the page (the note and anywhere else visible). */
    static long duplicatedStatements(ChromeDriver b) {
        return (Long) b.executeScript("var n = 0; document.querySelectorAll('.note-text .st[data-text]')"
                + ".forEach(function (st) { var t = st.dataset.text; var shown = [...document.querySelectorAll('body *')]"
                + ".filter(function (e) { return e.offsetParent !== null && e.children.length === 0"
                + " && e.textContent.trim() === t; }).length; n += Math.max(0, shown - 1); }); return n;");
    }

    /** Clicks a line and puts the caret at its end (End alone stops at the end of a wrapped line's first row). */
    static void caretAtEndOf(ChromeDriver b, WebElement line) {
        line.click();
        b.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]); r.collapse(false);"
                + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);", line);
    }

    /** What the form sends for a section (the note's hidden text box). */
    static String sent(ChromeDriver b, int section) {
        return b.findElement(By.id("section-" + section)).getDomProperty("value");
    }

    static void waitForAutosave(ChromeDriver b) {
        waitIn(b).until(d -> d.findElement(By.id("saved-at")).getText().matches("Saved version \\d+ at .*")
                && d.findElement(By.id("saved-at")).getAttribute("class").contains("ok"));
    }


    /** Tab presses from the skip link (the pane's first focusable element) to Sign, and where each one landed. */
    static int tabsToSign(ChromeDriver b, List<String> path) {
        b.executeScript("document.querySelector('.skip-link').focus();");
        int tabs = 1;
        while (tabs < 80 && !"sign".equals(b.switchTo().activeElement().getAttribute("id"))) {
            b.switchTo().activeElement().sendKeys(Keys.TAB);
            tabs++;
            path.add((String) b.executeScript("var e = document.activeElement; return e.tagName + '#' + e.id;"));
        }
        return tabs;
    }

    static long pageHeight(ChromeDriver b) {
        return (Long) b.executeScript("return document.documentElement.scrollHeight;");
    }
}
