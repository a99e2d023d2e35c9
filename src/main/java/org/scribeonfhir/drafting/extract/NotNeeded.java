package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * What the plan says is not needed: "we don't need an x-ray", and "Do I need antibiotics?" "Not for a clean cut
 * like this." (the clinician's no to what the patient asked for), written "No antibiotics needed for a clean cut …".
 */
final class NotNeeded {

    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:do|does|will|would|should|shouldn't|can) "
            + "(?:i|he|she|we|they|you) (?:need|get|have|take|give (?:him|her|me))(?: to (?:have|get|take))? "
            + "(?:an? |any |some |the )?([a-z][a-z -]{2,30}?)\\s*\\?");
    private static final Pattern NO = Pattern.compile("(?i)^\\W*(?:no|nope|not (?=for|with|now|yet|unless|at this)|"
            + "(?:i )?don't think so)\\b[,.]?\\s*");

    /** "With a clean blade and nothing broken, we don't need an x-ray": what is not needed, and why when said. */
    private static final Pattern NO_NEED = Pattern.compile("(?i)^(?:(?:with|given) ([^,]{3,60}), )?(?:i |we |you )?"
            + "(?:don't|do not) (?:think (?:we|you) )?need (?:to (?:do|get|order|start) )?((?:an? |any )?[a-z -]{2,40}?)"
            + "(?: right now| at this (?:time|point)| today| yet)?(?: ((?:for|because|since|as) [^.!]{3,80}))?[.!]?$");

    /** "An MRI wouldn't change what we do at this stage.": not ordered, and why. */
    private static final Pattern NO_CHANGE = Pattern.compile("(?i)^(?:(?:so|and|but),? )?(?:an? |the |any )?"
            + "([a-z][a-z -]{1,30}?) (?:wouldn't|would not|won't|will not|isn't going to|is not going to) change "
            + "(?:what we do|anything|the (?:plan|treatment|management)|how we (?:treat|manage) (?:it|this|you))"
            + "(?: (?:at this stage|right now|at this point|for now|today))?[.!]?$");

    /** "And an MRI isn't needed right now.": said of the test, not ordered. */
    private static final Pattern IS_NOT_NEEDED = Pattern.compile("(?i)^(?:(?:and|but|so|also),? )?(?:an? |any |the )?"
            + "([a-z][a-z -]{1,30}?) (?:isn't|is not|aren't|are not) (?:needed|necessary|required|indicated)"
            + "(?: right now| at this (?:time|point)| today| yet| for now)?[.!]?$");
    /** "…there's no bony tenderness and you can bend past ninety, so you don't need an X-ray.": why, said first. */
    private static final Pattern SO_NO_NEED = Pattern.compile("(?i)^(.{10,200}?),? so (?:no,? )?(?:i |we |you )?"
            + "(?:don't|do not) need (?:an? |any )?([a-z][a-z -]{1,40}?)[.!]?$");

    /** "No antibiotics right now.": what the plan leaves out, said in three words. */
    private static final Pattern NONE_NOW = Pattern.compile("(?i)^(?:(?:and|but|so|okay),? )?no (antibiotics?|"
            + "x-?rays?|scans?|imaging|blood tests?|bloods|steroids?|referral|mri|ct scan)(?: (?:for|right) now| at "
            + "(?:this|the moment|this (?:time|point|stage))| today| yet| this time)[.!]?$");

    private NotNeeded() {
    }

    /** The sentence rewritten when it answers no to the patient's "do I need X?" just before; else as it was. */
    static String answer(Context c, Utterance u, String rest) {
        if (u.index() != 0) {
            return rest;
        }
        Utterance asked = null;
        for (Utterance x : c.dialogue.ofTurn(u.turn() - 1)) {
            if (!x.clinician() && x.question()) {
                asked = x;
            }
        }
        Matcher q = asked == null ? null : ASKED.matcher(asked.text());
        Matcher no = NO.matcher(rest);
        if (q == null || !q.find() || !no.lookingAt()) {
            return rest;
        }
        String what = q.group(1).strip();
        String why = rest.substring(no.end()).strip();
        if (!why.isEmpty() && !why.matches("(?is)^(?:for|with|because|since|unless)\\b.*")) {
            return rest; // "No, croup is a virus, so antibiotics won't help her.": the answer says it already
        }
        return "We don't need " + what + (why.isEmpty() ? "." : " " + why);
    }

    /** "No x-ray needed given a clean blade and nothing broken."; null when the sentence says no such thing. */
    static String line(String s, org.scribeonfhir.drafting.visit.Pronouns p) {
        Matcher unchanged = NO_CHANGE.matcher(s);
        if (unchanged.find() && !unchanged.group(1).matches("(?i)(?:that|this|it|one|waiting|which)")) {
            return "No " + PlanWording.lowerFirst(unchanged.group(1)) + " at this time, as it would not change "
                    + "management.";
        }
        Matcher none = NONE_NOW.matcher(s.strip());
        if (none.find()) {
            return "No " + none.group(1).toLowerCase(java.util.Locale.ROOT) + " needed at this time.";
        }
        Matcher not = IS_NOT_NEEDED.matcher(s);
        if (not.find() && !not.group(1).matches("(?i)(?:that|this|it|one|which)")) {
            return "No " + not.group(1) + " needed at this time.";
        }
        Matcher so = SO_NO_NEED.matcher(s);
        // "so you don't need to worry", "…to buy any": a verb, not a test or treatment left out
        if (so.find() && !so.group(2).matches("(?i)(?:that|this|it|one|them|those|these|to\\b.*)")) {
            return "No " + so.group(2) + " needed: " + PlanWording.lowerFirst(PlanWording.voice(so.group(1), p))
                    .replaceAll("[.!]+$", "") + ".";
        }
        Matcher needless = NO_NEED.matcher(s);
        if (!needless.find() || needless.group(2).matches("(?i)(?:(?:that|this|it|one|them|those|these)(?: now| yet)?|"
                + "to\\b.*)")) {
            return null; // "but you don't need that right now": what "that" is stands in the sentence before
        }
        String why = needless.group(3) != null ? " " + PlanWording.lowerFirst(PlanWording.voice(needless.group(3), p))
                .replaceAll("[.!]+$", "")
                : needless.group(1) != null ? " given " + needless.group(1).replaceFirst("(?i)^(?:a|the) ", "a ")
                : " at this time";
        return "No " + needless.group(2).toLowerCase(java.util.Locale.ROOT).replaceAll("^(?:an?|any) ", "") + " needed"
                + why + ".";
    }
}
