package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

/** A drug the patient's side had before, as a course long over or taken more than once without harm; not taken now. */
final class PastCourses {

    private static final Pattern PAST_COURSE_BEFORE = Pattern.compile("(?i)\\b(?:i|she|he|we|they|you) (?:(?:had|took)(?: "
            + "(?:some|a course of|a week of|the|that))?|(?:was given|were given|was on)(?: (?:some|a course of|a week "
            + "of))?)\\s*$"
            + "|^\\W*(?:and )?had(?: (?:some|the|that))?\\s*$"); // "Had amoxil in hospital", the subject unsaid
    /** "She's had plain amoxicillin a couple of times and been fine": taken before, more than once. */
    private static final Pattern HAD_BEFORE = Pattern.compile("(?i)\\b(?:i've|she's|he's|they've|has|have) (?:had|"
            + "taken|been given)(?: (?:plain|regular|ordinary|normal))?\\s*$");
    private static final Pattern TIMES_AFTER = Pattern.compile("(?i)[^.;]{0,40}?\\b(?:(?:a couple of|a few|several|"
            + "many|plenty of|lots of|loads of|two|three) times|before,? (?:with )?no problems?|in the past)\\b");
    private static final Pattern PAST_COURSE_AFTER = Pattern.compile("(?i)[^.;]{0,60}?\\b(?:all \\d+ days|the (?:full|"
            + "whole) (?:course|week|\\d+ days)|(?:\\w+ )?(?:winters?|summers?) (?:ago|back)|when (?:i|she|he|they) "
            + "(?:was|were) (?:little|small|younger|a baby|a kid|a child|\\w+(?: years? old)?)\\b|(?:\\w+ )?years? ago|"
            + "as a (?:baby|child|kid|toddler)|last (?:year|winter|summer|spring|autumn|fall)|"
            // "I had fentanyl when I got my wisdom teeth out": given for an event long over
            + "when (?:i|she|he|they) (?:got|had) (?:my|her|his|their|the) (?:wisdom teeth|tonsils|appendix|"
            + "operation|surgery|op|baby|c-section|caesarean|colonoscopy|endoscopy|gallbladder)\\b"
            // "I had the warfarin injections and tablets for six months, then stopped"
            + "|for (?:about |around )?(?:\\d+|a few|a couple of|some) (?:days|weeks|months|years),? (?:and )?then "
            + "(?:i |we |she |he |they )?(?:stopped|came off|finished)"
            + "|in (?:the )?hospital\\b|(?:heaps|lots|loads|plenty) of times\\b"
            // "amoxicillin for a tooth abscess in 2022, a full week of it": a course in a year gone by
            + "|in (?:19|20)\\d\\d\\b|an? (?:full|whole) (?:course|week|\\d+ days)\\b)");

    /** "Have you ever taken penicillin?" "Yes, Augmentin, last year for my tooth.": the answer names the course. */
    private static final Pattern YES = Pattern.compile("(?i)^\\W*(?:yes|yeah|yep|once)\\W*$");

    private static final Pattern ONCE_BEFORE = Pattern.compile("(?i)\\b(?:last year|years ago|when (?:he|she|i) "
            + "was \\w+) (?:he|she|i|we) (?:had|got|was given)\\b");

    private PastCourses() {
    }

    /** "you've had", "so he took amoxicillin for ten days without any reaction": the clinician's read-back. */
    private static final Pattern HAD_YOU = Pattern.compile("(?i)\\b(?:(?:you've|you have|she's|he's) (?:had|taken)|"
            + "(?:you|he|she|they) took)\\s+$");
    private static final Pattern WITHOUT = Pattern.compile("(?i)^[^.;]{0,30}?\\b(?:without (?:a |any )?(?:problems?|"
            + "reaction|trouble)|with no (?:problems?|reaction))\\b");

    /** "you've had amoxicillin without a problem": a course had and tolerated, not a medicine taken now. */
    static boolean withoutTrouble(String before, String after) {
        return HAD_YOU.matcher(before).find() && WITHOUT.matcher(after).lookingAt();
    }

    /** "last year he had stitches in his chin … with local, lignocaine": given once, back then. */
    static boolean onceBefore(String before) {
        return ONCE_BEFORE.matcher(before).find();
    }

    /** "she had amoxicillin for an ear infection when she was three": a course long over. */
    static boolean of(String before, String after) {
        return (PAST_COURSE_BEFORE.matcher(before).find() || YES.matcher(before).matches())
                && PAST_COURSE_AFTER.matcher(after).lookingAt()
                || HAD_BEFORE.matcher(before).find() && TIMES_AFTER.matcher(after).lookingAt()
                || ONE_DOSE_BEFORE.matcher(before).find() && ONE_DOSE_AFTER.matcher(after).lookingAt();
    }

    /** "I gave her Panado syrup, 5 mL, at about 10 o'clock last night": one dose before the visit, no regimen. */
    private static final Pattern ONE_DOSE_BEFORE = Pattern.compile("(?i)\\b(?:i|we) gave (?:her|him|them)"
            + "(?: some)?\\s+$");
    private static final Pattern ONE_DOSE_AFTER = Pattern.compile("(?i)[^.;]{0,40}?\\b(?:at (?:about |around )?\\d|"
            + "last night|this morning|yesterday|an hour ago|before we (?:came|left))\\b");
}
