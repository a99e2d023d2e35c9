package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding as dictated, in the exam's register: "heart is regular no murmurs" → "heart regular, no murmurs";
 * "belly is soft she is slightly tender right up here" → "abdomen soft, slightly tender".
 */
final class ExamRegister {

    static final String PART = "(?:(?:left|right|both|upper|lower|anterior|posterior) )?(?:heart(?: sounds)?|"
            + "lungs?|lung sounds|breath sounds|abdomen|belly|tummy|bowel sounds|skin|throat|neck|pupils|"
            + "tympanic membranes?|ear ?drums?|ears?|eyes?|conjunctivae?|sclerae?|tonsils|pharynx|gait|speech|pulses?|"
            + "rhythm|sensation|strength|reflexes|cranial nerves|capillary refill|range of motion|mucous membranes|"
            + "chest|wound|incision|cut|rash|calf|calves|ankles?|feet|legs?|knees?|joint|thyroid|lymph nodes|nodes)";
    /** "heart is regular", ", lungs are clear", "and bowel sounds are normal": the copula after a body part. */
    private static final Pattern COPULA = Pattern.compile("(?i)(^|[,;]\\s+|\\band\\s+)((?:the |your |his |her )?"
            + PART + ") (?:is|are|was|were) (?!not\\b|no\\b|a\\b(?! (?:bit|little|touch)\\b)|an\\b|the\\b|"
            + "(?:being|going|getting)\\b)");
    /** "…regular no murmurs", "no guarding no masses": a new finding starts at "no" after a finished one. */
    private static final Pattern NEXT_NO = Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|and|or|with|without|there|"
            + "has|have|had|of|in|on|to|shows?|reveals?|i|but|nor|see|hear|feel|find|appreciate|note|notice|'s|"
            + "definitely|absolutely|certainly|probably|really|so|just|say|says|also|[,;:]))\\s+(?=no [a-z])");
    /** "…slightly tender, but no guarding": the "but" a finding list does without. */
    private static final Pattern BUT_NO = Pattern.compile("(?i),?\\s+but (?=no [a-z])");
    /** "she is slightly tender", "you're tender": the patient as the subject of a finding about the part. */
    private static final Pattern PATIENT_SUBJECT = Pattern.compile("(?i)(^|[,;]\\s+|\\band\\s+|(?<=[a-z])\\s+)"
            + "(?:he|she|they|you|the patient)"
            + "(?:'re| is| are|'s) (?=(?:(?:slightly|mildly|a little|a bit|very|quite|markedly|exquisitely|minimally|"
            + "moderately|somewhat|focally|diffusely) )?(?:tender|nontender|non-tender)\\b)");
    /** "tender right up here in the epigastric area": a hand pointing, not a place ("right at" may be a side). */
    private static final Pattern POINTING = Pattern.compile("(?i)\\s+(?:right )?(?:up |down |over |back )?here(?= "
            + "(?:in|on|at|over|along|around|below|above|under)\\b)");

    /** "drooping when you smile": the manoeuvre in the exam's words. */
    private static final Pattern WHEN_SMILING = Pattern.compile("(?i)\\s+when (?:you|he|she|they|the patient) "
            + "smiles?\\b");
    /** "…but you understood what I asked straight away": comprehension, in the exam's words. */
    private static final Pattern UNDERSTOOD = Pattern.compile("(?i)\\b(?:you|he|she|they|the patient) understood "
            + "(?:what|everything) (?:i|we) (?:asked|said)(?: (?:straight away|right away|immediately))?");
    /** "…, but you understood what I asked": a clause left hanging once the clinician's words are gone. */
    private static final Pattern HANGING = Pattern.compile("(?i),?\\s+(?:but|and)\\s+(?:you|he|she|they|the patient)\\s+"
            + "[a-z]+\\s+(?:what|how)(?:\\s+(?:i|we)\\b.*)?\\W*$");

    private ExamRegister() {
    }

    static String of(String s) {
        String out = UNDERSTOOD.matcher(POINTING.matcher(s).replaceAll("")).replaceAll("comprehension intact");
        out = HANGING.matcher(WHEN_SMILING.matcher(out).replaceAll(" on smiling")).replaceAll("");
        // "soft she is slightly tender": said mid-sentence, the patient gives way to a comma
        out = PATIENT_SUBJECT.matcher(out).replaceAll(m -> m.group(1).isBlank() && !m.group(1).isEmpty() ? ", "
                : m.group(1));
        out = BUT_NO.matcher(out).replaceAll(", ");
        out = NEXT_NO.matcher(out).replaceAll(", ");
        out = COPULA.matcher(out).replaceAll(m -> Matcher.quoteReplacement((m.group(1).strip()
                .equalsIgnoreCase("and") ? ", " : m.group(1)) + m.group(2) + " "));
        // "around the belly button": the umbilicus, not the "abdomen button"
        out = out.replaceAll("(?i)\\b(?:the |your |his |her )?(?:belly|tummy) ?button\\b", "the umbilicus");
        return out.replaceAll("(?i)^(?:the |your |his |her )?(?:belly|tummy)\\b", "abdomen")
                .replaceAll("(?i)\\b(?:your |his |her )(?:belly|tummy)\\b", "the abdomen")
                .replaceAll("(?i)\\b(?:belly|tummy)\\b", "abdomen")
                .replaceAll(",\\s*,", ",").replaceAll("\\s{2,}", " ")
                .replaceAll("^\\s*,\\s*", "").replaceAll("\\s+,", ",");
    }
}
