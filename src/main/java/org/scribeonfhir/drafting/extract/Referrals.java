package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A referral said in the plan, as the note's line: "Referral to cardiology.", "Referral for yearly eye exam." */
final class Referrals {

    private static final Pattern REFER = Pattern.compile("(?i)\\b(?:refer(?:ral|ring|red)?(?: you| him| her)? "
            + "(?:to|for)\\b|referral (?:to|for)\\b|send (?:you|him|her) to\\b|(?:evaluated|seen) by (?=[a-z]{1,20}"
            + "(?:ology|ist|ics)\\b)|set (?:you|him|her) up with|(?:see|consult) (?:a|an|the) (?=[a-z ]{0,25}?"
            + "(?:ist|ian|doctor|specialist|surgeon|therapy|therapist|clinic|team|counselor|program)\\b))\\s*"
            + "(?:a |an |the |your |his |her )?([a-z ]{3,40}?)(?:,|\\.|$| for | to | and | so | who | at | since "
            + "| because | in )");

    /** "I'm going to refer you urgently, it's a two-week-wait referral": urgent, with no specialty said. */
    private static final Pattern URGENT = Pattern.compile("(?i)\\brefer(?:ring)? (?:you|him|her) (?:urgently|"
            + "as an urgent|on an urgent)|\\burgent referral\\b|\\b(?:two|2)[- ]week[- ]wait\\b|\\b2ww\\b|"
            + "\\bfast[- ]track(?:ed)? referral\\b");
    private static final Pattern WAIT = Pattern.compile("(?i)\\b(?:two|2)[- ]week[- ]wait\\b|\\b2ww\\b");

    /** "I'll get you seen by the skin people", "get you over to the eye doctor": a specialty in lay words. */
    private static final Pattern LAY = Pattern.compile("(?i)\\b(?:(?:get|have) (?:you|him|her) (?:seen by|over to|in "
            + "with|to)|send (?:you|him|her)(?: over)? to|refer (?:you|him|her) to|(?:go|be) seen by|see) the (skin|"
            + "allergy|heart|eye|bone|kidney|chest|lung|ear,? nose and throat|bowel|stomach|gut|memory|diabetes|foot|"
            + "feet|mental health) (?:people|doctors?|specialists?|team|clinic|folks|guys|experts|nurses?)\\b");
    private static final Pattern SOON = Pattern.compile("(?i)\\burgent(?:ly)?\\b|\\bwithin (?:two|2) weeks\\b");

    private Referrals() {
    }

    private static String lay(String sentence) {
        Matcher m = LAY.matcher(sentence);
        if (!m.find() || Cues.CONDITIONAL_LEAD.matcher(sentence.substring(0, m.start())).find()) {
            return null;
        }
        String to = switch (m.group(1).toLowerCase(java.util.Locale.ROOT).replace(",", "")) {
            case "skin" -> "dermatology";
            case "allergy" -> "the allergy clinic";
            case "heart" -> "cardiology";
            case "eye" -> "ophthalmology";
            case "bone" -> "orthopaedics";
            case "kidney" -> "nephrology";
            case "chest", "lung" -> "respiratory medicine";
            case "ear nose and throat" -> "ENT";
            case "bowel", "stomach", "gut" -> "gastroenterology";
            case "memory" -> "the memory clinic";
            case "diabetes" -> "the diabetes clinic";
            case "foot", "feet" -> "podiatry";
            default -> "the mental health team";
        };
        boolean soon = SOON.matcher(sentence).find();
        return (soon ? "Urgent referral to " : "Referral to ") + to
                + (WAIT.matcher(sentence).find() ? " (two-week wait, suspected cancer pathway)" : "") + ".";
    }

    private static String urgent(String sentence) {
        if (!URGENT.matcher(sentence).find() || Cues.CONDITIONAL_LEAD.matcher(sentence).find()) {
            return null;
        }
        return "Urgent referral" + (WAIT.matcher(sentence).find() ? " (two-week wait, suspected cancer pathway)" : "")
                + ".";
    }

    /** The referral line of a plan sentence, or null when it refers nobody anywhere. */
    static String of(String sentence) {
        String lay = lay(sentence);
        if (lay != null) {
            return lay;
        }
        Matcher r = REFER.matcher(sentence + ".");
        if (!r.find()) {
            return urgent(sentence);
        }
        String to = r.group(1).strip().replaceAll("(?i)^(?:a|an|the) ", "");
        if (to.split("\\s+").length > 5 || to.matches("(?i)(?:you|him|her|me|us|it|that)\\b.*")) {
            return null;
        }
        // "referring you for your yearly eye exam": an exam is referred for, a clinic or specialist to
        boolean exam = to.matches("(?i).*\\b(?:exam|screening|evaluation|assessment|testing)$");
        return "Referral " + (exam ? "for " : "to ") + to + ".";
    }
}
