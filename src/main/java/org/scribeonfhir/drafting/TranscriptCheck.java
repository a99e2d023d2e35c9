package org.scribeonfhir.drafting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.scribeonfhir.problem.ProblemException;

/** Refuses transcripts the drafter cannot read, with a reason a person can act on. */
final class TranscriptCheck {

    private static final Pattern TAG = Pattern.compile("(?m)^\\s*\\[(doctor|patient|clinician|provider|nurse)\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ENGLISH = Set.of("the", "and", "you", "i", "to", "a", "of", "is", "it", "that",
            "in", "your", "my", "have", "for", "okay", "yes", "no", "so", "what", "with", "do", "are", "be", "was", "me",
            "this", "on", "any", "how", "we", "not", "or", "but", "about", "been", "pain", "doctor", "just", "had",
            "has", "can", "will", "he", "she", "they", "her", "his", "at", "from", "feel", "take", "well", "good",
            "some", "were", "there", "when", "today", "did", "know", "like", "right", "all", "think");
    static final String ACTION = "Paste the visit transcript as plain English text, one '[doctor] …' or "
            + "'[patient] …' turn per line.";

    private TranscriptCheck() {
    }

    static void require(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(400, "transcript-empty", "The transcript is empty",
                    "There is no conversation to draft a note from.", ACTION);
        }
        if (text.length() > maxChars) {
            throw new ProblemException(413, "transcript-too-large", "The transcript is too long",
                    "The transcript has " + text.length() + " characters; drafting reads at most " + maxChars
                            + " (a long visit has about 20,000).",
                    "Check that the right file was pasted, or draft from the relevant part of the visit.");
        }
        if (!looksLikeText(text)) {
            throw new ProblemException(415, "transcript-not-text", "The transcript is not readable text",
                    "The request holds control characters or undecodable bytes, as a binary file would.", ACTION);
        }
        if (!TAG.matcher(text).find()) {
            throw new ProblemException(422, "transcript-no-speakers", "The transcript has no speaker turns",
                    "No line starts with a speaker tag such as [doctor] or [patient], so the drafter cannot tell "
                            + "what the patient said from what the clinician said.", ACTION);
        }
        if (!looksEnglish(text)) {
            throw new ProblemException(422, "transcript-not-english", "The transcript does not look like English",
                    "The drafting model reads English only; too few common English words were found.",
                    "Draft this note by hand, or paste an English transcript.");
        }
    }

    static boolean looksLikeText(String text) {
        int bad = 0;
        int n = Math.min(text.length(), 200_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                bad++;
            }
        }
        return bad <= n / 200;
    }

    static boolean looksEnglish(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        List<String> words = java.util.Arrays.stream(sample.replaceAll("\\[[^\\]]*\\]", " ").toLowerCase(Locale.ROOT)
                .split("[^a-z0-9']+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return false;
        }
        int english = 0;
        for (String w : words) {
            if (ENGLISH.contains(w.toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        long latin = sample.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        long letters = sample.chars().filter(Character::isLetter).count();
        return english >= Math.max(2, words.size() / 6) && latin >= letters * 0.9;
    }
}
