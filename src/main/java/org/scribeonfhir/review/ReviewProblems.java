package org.scribeonfhir.review;

import java.util.List;
import java.util.Map;

import org.scribeonfhir.problem.ProblemException;
import org.scribeonfhir.validation.Finding;

/** What the review pane tells a person when an action cannot go through. */
final class ReviewProblems {

    private ReviewProblems() {
    }

    static ProblemException notYours() {
        return new ProblemException(404, "draft-not-found", "This draft is not part of your launch",
                "The draft does not exist, or it belongs to another patient, encounter or EHR than the one you "
                        + "opened Scribe for.",
                "Open Scribe again from the chart of the patient whose note you want to see.");
    }

    static ProblemException badCsrf(Map<String, String> typed) {
        return new ProblemException(403, "csrf-refused", "This form could not be accepted",
                "The request did not carry this page's security token, so nothing was changed. This happens when a "
                        + "page is very old or the request did not come from Scribe.",
                "Copy anything you typed (shown below), reload the draft and try again.", typed, null);
    }

    static ProblemException encounterAlreadySet() {
        return new ProblemException(409, "encounter-already-set", "This launch already has a visit",
                "Scribe is open for a visit already, and the visit of a launch cannot be switched, so nothing was "
                        + "changed.",
                "To document another visit, open Scribe from within that visit in the EHR.");
    }

    static ProblemException cannotSign(String why) {
        return new ProblemException(403, "not-a-signer", "You cannot sign this note",
                why, "Ask the attending clinician to open Scribe from this encounter and sign it.");
    }

    static ProblemException sessionEndedTextKept(Map<String, String> typed) {
        return new ProblemException(401, "no-session-text-kept", "Your Scribe session has ended; your text is kept",
                "Scribe keeps you signed in for a limited time, and that time is over. What you just typed was kept "
                        + "for you in this browser and will be saved into the draft when you open Scribe again "
                        + "here; anyone else who opens it here is told it is yours and it is not applied for them.",
                "Open Scribe again from the patient's chart in your EHR.", typed, null);
    }

    static ProblemException signNeedsReview(boolean attested, List<String> unreviewed, int savedVersion) {
        StringBuilder detail = new StringBuilder("Nothing was signed; your text is saved as version ")
                .append(savedVersion).append('.');
        if (!attested) {
            detail.append(" Signing needs your attestation: \"").append(SignReview.ATTESTATION).append("\" (attest).");
        }
        if (!unreviewed.isEmpty()) {
            detail.append(" ").append(unreviewed.size()).append(unreviewed.size() == 1 ? " statement" : " statements")
                    .append(" marked check still stand as drafted and nobody accepted them: ")
                    .append(String.join(" | ", unreviewed)).append(" (confirmUnreviewed).");
        }
        return new ProblemException(422, "sign-needs-review", "Confirm your review before signing",
                detail.toString(), "Accept, edit or remove each statement marked check, or confirm signing them "
                        + "as they are, and attest that you reviewed the note.");
    }

    static ProblemException notACheckStatement() {
        return new ProblemException(422, "not-a-check-statement", "That statement cannot be accepted",
                "Only a drafted statement marked check, still as drafted in the note, can be accepted. Your text was "
                        + "saved.", "Go back to the draft; if you changed the statement, your change is what will be "
                        + "signed.");
    }

    static ProblemException noSuchVersion(int version) {
        return new ProblemException(404, "no-such-version", "There is no such version",
                "This draft has no version " + version + ".", "Open the history and choose a version from the list.");
    }

    static ProblemException staleRestore() {
        return new ProblemException(409, "stale-version", "Someone saved the draft after you opened the history",
                "Nothing was restored: the draft has a newer version than the one you were looking at.",
                "Open the history again, check the newest version, and restore again if you still want to.");
    }

    static ProblemException notEditable() {
        return new ProblemException(409, "draft-closed", "This note is already signed",
                "A signed note cannot be edited in Scribe.", "To correct it, amend the note in the EHR.");
    }

    static ProblemException transcriptEmpty() {
        return new ProblemException(400, "transcript-empty", "The transcript is empty",
                "Nothing was pasted or uploaded.", "Paste the conversation, one '[doctor] …' or '[patient] …' turn "
                        + "per line, or choose a text file.");
    }

    static ProblemException transcriptTooLarge(long bytes, int max) {
        return new ProblemException(413, "transcript-too-large", "The transcript is too large",
                String.format("It is %.1f MB; Scribe drafts from at most %.1f MB of text.", bytes / 1048576.0,
                        max / 1048576.0),
                "Paste only the part of the conversation that belongs to this visit.");
    }

    static ProblemException transcriptNotText() {
        return new ProblemException(415, "transcript-not-text", "That file is not a text transcript",
                "The file is not UTF-8 text (it may be a Word document, PDF or audio file).",
                "Save the transcript as plain text (.txt) and upload that, or paste it.");
    }

    static ProblemException cannotAcknowledge(String why) {
        return new ProblemException(403, "not-a-signer", "You cannot acknowledge this finding",
                why + " A critical finding is acknowledged by the clinician who signs.",
                "Leave the finding for the attending clinician, or change the text so the conflict is gone.");
    }

    static ProblemException acknowledgementNeedsReason() {
        return new ProblemException(422, "acknowledgement-needs-reason", "Say why the finding can stand",
                "A critical finding is acknowledged with a reason of at most " + SafetyReview.MAX_REASON
                        + " characters (for example \"tolerated amoxicillin in 2025 without reaction\"); it is kept "
                        + "with your name and the time.", "Type the reason next to the finding and acknowledge again.");
    }

    static ProblemException noSuchFinding() {
        return new ProblemException(409, "no-such-finding", "That finding is no longer in the note",
                "The text changed since the finding was shown (by you or a colleague), so there is no such critical "
                        + "finding to acknowledge now. Nothing was recorded.",
                "Open the draft again and look at the findings as they are now.");
    }

    static ProblemException criticalFindings(List<Finding> open, int savedVersion) {
        return new ProblemException(409, "critical-findings", "Acknowledge the critical safety findings first",
                "Nothing was signed; your text is saved as version " + savedVersion + ". " + open.size()
                        + (open.size() == 1 ? " critical safety finding is" : " critical safety findings are")
                        + " not acknowledged: " + String.join(" | ", open.stream().map(Finding::message).toList()),
                "Change the text so the conflict is gone, or acknowledge each finding with a reason "
                        + "(POST findings/acknowledgements), then sign again.");
    }
}
