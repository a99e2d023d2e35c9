package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.visit.Pronouns;

/**
 * Safety-netting: what to do and when. "If you see blood in your stools, you need to go to A&E" is written
 * "Advised to go to A&E if …": the action first, then its trigger, so neither is lost in the patient's voice.
 */
final class Precautions {

    private Precautions() {
    }

    private static final Pattern IF_FIRST = Pattern.compile("(?i)^\\W*(?:(?:and|but|so|also|now|yes|yeah|okay|ok|"
            + "right|oh|well)\\W+){0,3}(?:if|should)\\b"
            + "[^.;?]{0,120},\\s*[^,.;?]*$");
    private static final Pattern UNTIL_TOLD = Pattern.compile("(?i)^\\W*until (?:you|we) (?:talk|speak|hear|call)");

    /**
     * "If you get hives on the amoxicillin, hold it and call us", "…hold the amoxicillin until you talk to us": a
     * drug held or stopped only if a warning sign comes, not an order of today.
     */
    static boolean holdIfWarned(String action, String before, String after) {
        return ("hold".equals(action) || "stop".equals(action))
                && (IF_FIRST.matcher(before).find() || UNTIL_TOLD.matcher(after).lookingAt());
    }

    static final Pattern PRECAUTION = Pattern.compile("(?i)\\b(?:if|should)\\b.*\\b(?:call|come back|return|"
            + "go to (?:the )?(?:er|emergency|urgent care|hospital|a&e|a and e)|a&e|911|999|111|ambulance|ring|phone|"
            + "bring|let (?:me|us) know|seek|come in|reach out|message me|contact|get (?:seen|help|checked))\\b"
            + "|\\b(?:call|ring|come back|go to the (?:er|emergency room)|go to a&e|let (?:me|us) know)\\b.*\\bif\\b");

    private static final String ACT = "(?:go (?:straight )?(?:to|back to|into)|ring|call|phone|dial|come (?:back|in|"
            + "straight back|and see)|return|seek|get (?:seen|help|checked|medical)|contact|notify|let (?:me|us|the "
            + "clinic) know|attend|give (?:us|me|the (?:clinic|surgery|practice)) a (?:ring|call)|"
            + "bring (?:him|her|them) (?:straight |right )?(?:back|in))\\b";
    private static final String ASK = "(?:(?:you(?:'ll)?|he|she|they) (?:need to|needs to|must|should|have to|has to|"
            + "want to|wanna)|please|just|i want you to|i'd like you to|do|then|"
            // "…, you call 999": the instruction said to the patient with no verb before it
            + "you(?=\\s+(?:ring|call|phone|dial|go|come|bring|get|seek)\\b))\\s+";
    private static final String LEAD = "(?:(?:and|but|so|also|obviously|now|okay|however|in the meantime|meanwhile|"
            + "of course|initially|for now)\\W+){0,3}";
    private static final Pattern IF_THEN = Pattern.compile("(?i)^" + LEAD
            + "(?:if|should)\\s+(.+?)(?:,\\s*|\\s+(?=then\\s))(?:" + ASK + "){0,2}(" + ACT + ".*)$");
    private static final Pattern ACT_IF = Pattern.compile("(?i)^" + LEAD
            + "(?:" + ASK + "){0,2}(" + ACT + ".+?),?\\s+(?:if|should)\\s+(.+)$");
    /** Where to turn, said plainly enough to mark where an unpunctuated trigger ends. */
    private static final String WHERE = "(?:(?:ring|call|phone|dial) (?:us|me|the (?:surgery|clinic|practice|office)|"
            + "999|111|911|(?:for )?an ambulance)|go (?:straight )?to (?:a&e|the (?:emergency|er|hospital))|"
            + "come (?:straight )?back|get (?:seen|help))\\b";
    /** Speech recognition without commas: the trigger runs up to the first thing to do. */
    private static final Pattern IF_THEN_RAW = Pattern.compile("(?i)^(?:(?:and|but|so|also|obviously|now|okay|one more "
            + "thing|very important)\\W+){0,3}(?:if|should)\\s+([^,]+?)\\s+(?:" + ASK + "){0,2}(" + WHERE + "[^,]*)$");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    /** "This is important, if you…", "One more thing, if…": the clinician's emphasis, not the instruction. */
    private static final Pattern ASIDE = Pattern.compile("(?i)^(?:(?:and|now|so|but|okay|right)\\W+)*(?:this is (?:really |"
            + "very )?important|one (?:more|last) thing|the (?:important|main) thing is|most importantly|importantly)"
            + "\\W+(?=if\\b)");

    /** The sentence's precautions in the note's words; a part that is no precaution is kept in the third person. */
    static String line(String sentence, Pronouns p) {
        List<String> parts = new ArrayList<>();
        for (String part : SENTENCES.split(sentence.strip())) {
            String s = ASIDE.matcher(part.replaceFirst("[.!?]+$", "").strip()).replaceFirst("");
            Matcher m = IF_THEN.matcher(s);
            if (!m.matches()) {
                m = IF_THEN_RAW.matcher(s);
            }
            Matcher a = ACT_IF.matcher(s);
            parts.add(m.matches() ? advised(m.group(2), m.group(1), p)
                    : a.matches() ? advised(a.group(1), a.group(2), p) : PlanWording.voice(part, p));
        }
        return String.join(" ", parts);
    }

    private static String advised(String action, String trigger, Pronouns p) {
        String act = clause(action, p).replaceFirst("(?i)^(?:ring|phone|dial)\\b", "call")
                .replaceFirst("(?i)\\s+(?:straight away|right away)(?:,? (?:don't|do not) wait)?$", " immediately");
        return "Advised to " + act + " if " + clause(trigger, p) + ".";
    }

    private static String clause(String s, Pronouns p) {
        return PlanWording.lowerFirst(PlanWording.voice(s, p).replaceFirst("\\.$", ""));
    }
}
