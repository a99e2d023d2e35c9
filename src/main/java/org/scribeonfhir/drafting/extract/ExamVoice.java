package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinician's own voice taken out of an exam finding the recorder ran together: "when he takes deep breaths
 * i do notice crackles in the lungs" → "crackles in the lungs"; "lungs are clear i don't hear wheezes" → "lungs
 * are clear, no wheezes"; "pain to palpation of the knee and i'm going to bend the knee" → "pain to palpation
 * of the knee".
 */
final class ExamVoice {

    private static final Pattern SEEN_INSIDE = Pattern.compile("(?i)\\b(?:i|we) (?:do |can |did |also |still |"
            + "definitely )*(?:notice|appreciate|hear|see|feel|note|find)\\s+(?:that\\s+)?");
    private static final Pattern NOT_SEEN_INSIDE = Pattern.compile("(?i)\\b(?:i|we) (?:do not|don't|did not|didn't|"
            + "can't|cannot) (?:hear|see|notice|appreciate|feel|find|detect)\\s+(?:any\\s+|an?\\s+)?");
    /** The clinician speaking of themselves ("I'm going to bend it", "I think"), not "when I press". */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i'm|i've|i'll|i'd|we're|we'll|let me|"
            + "let's|i (?:am|will|want|think|know|did|do|checked|just|would|can't|cannot|personally|took|looked))\\b");
    private static final Pattern BREAK = Pattern.compile("(?i),\\s+|\\s+(?:and|so|but)\\s+|\\s+(?=i\\b|i'm\\b|let me\\b)");

    /** "Looking at you, you're in no apparent distress": how the clinician looked, not what was found. */
    private static final Pattern LOOKING = Pattern.compile("(?i)^(?:(?:so|and|okay|now),?\\s+)*looking at (?:you|him|"
            + "her|them)(?: today)?,?\\s+");

    private static final Pattern LOOKING_SUBJECT = Pattern.compile("(?i)^(?:(?:so|and|okay|now),?\\s+)*looking at "
            + "(?=(?:you|him|her)\\s+(?:don't|do not|doesn't|does not)\\b|you're\\b|you are\\b)");
    private static final Pattern DOES_NOT_APPEAR = Pattern.compile("(?i)\\b(?:you|he|she|him|her)\\s+(?:don't|do not|"
            + "doesn't|does not)\\s+(appear|seem|look)\\b");

    /** "Your exam is normal other than you've got tenderness over…": the exception first, as a note puts it. */
    private static final Pattern OTHER_THAN = Pattern.compile("(?i)^(?:(?:so|and|okay|now|generally|overall),?\\s+)*"
            + "(?:(?:your|the|his|her|the rest of (?:your|the|his|her)) )?(?:physical )?exam(?:ination)? (?:is|was) "
            + "(?:otherwise )?(?:normal|unremarkable) (?:other than|except(?: for)?) (?:(?:you've got|you have got|"
            + "you have|you've|there is|there's|what seems to be)\\s+)?(?:(?:kind of|sort of|some)\\s+)?(.+?)[.\\s]*$");

    /** "…the rest not tender, as far as I can tell on video": how sure the clinician is, not a finding. */
    private static final Pattern HEDGE = Pattern.compile("(?i),?\\s*\\b(?:as far as|from what|that) (?:i|we) can "
            + "(?:tell|see)"
            + "(?: (?:on|over|by) (?:the )?(?:video|camera|the phone|phone))?");

    /** "No tenderness when I tap over your kidneys": where it is not tender, not what the clinician did. */
    private static final Pattern TAPPED = Pattern.compile("(?i)\\b(tender(?:ness)?) when (?:i|we) (?:tap|press|push|"
            + "feel|palpate|touch)(?: on| over)?\\s+");

    /** "about 2.5 — no, measuring it, 2 centimeters long": the size taken back, the measured one kept. */
    private static final Pattern SIZE_CORRECTED = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?\\s*(?:—|--|,)\\s*(?:no|sorry|"
            + "actually)\\b[^\\d]{0,30}?(?=\\d+(?:\\.\\d+)?\\s*(?:centimet|millimet|cm|mm|inch))");

    /** "no stridor, that's the squeaky noise", "No retractions, she's not pulling in …": glosses for the family. */
    private static final Pattern GLOSS = Pattern.compile("(?i),\\s*(?:that's the [a-z -]{3,30}?(?=\\s*(?:[,.;]|$))|"
            + "(?:she|he|you|they)(?:'s|'re| is| are) not [a-z ]+[.]?$)");

    /** "You're walking a bit stiffly there, favouring the left leg": the gait, as the note names it. */
    private static final Pattern WALKING = Pattern.compile("(?i)^(?:(?:so|and|okay|now|i see),?\\s+)*(?:you're|you are|"
            + "he's|she's|he is|she is) walking (?=(?:a bit |quite |very |a little |slightly )?(?:stiffly|slowly|"
            + "carefully|with a limp|normally|fine|well|favou?ring|gingerly|unsteadily|steadily|bent)\\b)");

    private ExamVoice() {
    }

    /** The finding without the clinician's narration; the text unchanged when it has none. */
    static String of(String s) {
        // "looking at you, you don't appear…" reaches here as "looking at you don't appear…" (the repeat is gone)
        Matcher walking = WALKING.matcher(s);
        if (walking.find()) {
            s = "Gait: walks " + s.substring(walking.end()).replaceFirst("(?i)\\s+there\\b", "");
        }
        String plain = TAPPED.matcher(HEDGE.matcher(SIZE_CORRECTED.matcher(GLOSS.matcher(s).replaceAll(""))
                .replaceAll("")).replaceAll("")).replaceAll("$1 over ");
        String looked = LOOKING_SUBJECT.matcher(OTHER_THAN.matcher(plain).replaceFirst("$1; otherwise normal"))
                .replaceFirst("");
        String out = NOT_SEEN_INSIDE.matcher(LOOKING.matcher(looked).replaceFirst("")).replaceAll("no ");
        out = DOES_NOT_APPEAR.matcher(out).replaceAll("does not $1");
        Matcher seen = SEEN_INSIDE.matcher(out);
        int last = -1;
        while (seen.find()) {
            last = seen.end();
        }
        if (last > 0 && ExamReader.FINDING.matcher(out.substring(last)).find()) {
            String before = out.substring(0, last);
            // what was found before "I notice" stays when it is a finding of its own ("lungs are clear, I notice…")
            Matcher cut = SEEN_INSIDE.matcher(before);
            cut.find();
            String head = before.substring(0, cut.start()).strip().replaceAll("(?i)[,\\s]*(?:and|so|but)?$", "");
            boolean own = !head.isEmpty() && !FIRST_PERSON.matcher(head).find()
                    && !head.toLowerCase(java.util.Locale.ROOT).matches("(?s)^(?:when|as|if|while)\\b.*");
            String found = out.substring(last).replaceAll("[.\\s]+$", "");
            // "lungs are clear, I notice…" keeps both findings; "on the right side I can hear crackles" keeps where
            out = own && ExamReader.FINDING.matcher(head).find() ? head + ", " + found
                    : own && head.toLowerCase(java.util.Locale.ROOT).matches("(?s)^(?:on|in|at|over)\\b.*")
                    // "on your neck exam I appreciate…": a lead, not where the finding is
                    && !head.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bexam(?:ination)?$")
                    ? found + " " + head.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + head.substring(1) : found;
        }
        Matcher first = FIRST_PERSON.matcher(out);
        if (first.find()) {
            // keep the findings said before the clinician's aside ("… and i'm going to bend the knee")
            Matcher b = BREAK.matcher(out);
            int keep = -1;
            while (b.find() && b.start() <= first.start()) {
                keep = b.start();
            }
            String head = keep > 0 ? out.substring(0, keep) : "";
            if (ExamReader.FINDING.matcher(head).find()) {
                out = head;
            } else if (b.find(first.end())) {
                // "I took a look at the vitals and the blood pressure is slightly elevated": what follows the aside
                String tail = out.substring(b.end());
                out = ExamReader.FINDING.matcher(tail).find() && !FIRST_PERSON.matcher(tail).find() ? tail : out;
            }
        }
        return out;
    }
}
