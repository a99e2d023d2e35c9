package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the patient goes from the visit, said as the clinician does it: an ambulance called, sent to the emergency
 * department, admitted, the on-call team rung. A conditional one ("if it comes back, call 999") is safety-netting.
 */
final class Disposition {

    private static final Pattern AMBULANCE = Pattern.compile("(?i)\\b(?:(?:call|calling|ring|ringing|phone|phoning|"
            + "get|getting|order|ordering|arrange|arranging|book|booking)\\s+(?:you\\s+|for\\s+)?(?:an|the|a)\\s+"
            + "(?:blue[- ]light\\s+)?ambulance|ambulance (?:is|'s) (?:on (?:its|the) way|coming|been called)|"
            + "paramedics (?:are|'re) (?:on (?:their|the) way|coming)|(?:call|calling|ring|ringing|dial|dialling|"
            + "dialing) (?:999|911) (?:for you|now|right now))\\b|\\b(?:999|911) for (?:an|the) ambulance\\b|"
            + "\\b(?:i've|i have) (?:asked|called) for (?:an|the) ambulance\\b");
    private static final Pattern SENT = Pattern.compile("(?i)\\b(?:send|sending|refer|referring|get)\\s+(?:you|him|her|"
            + "them)\\s+(?:straight\\s+|directly\\s+|urgently\\s+)?(?:in\\s+|up\\s+|over\\s+)?(?:to|into)\\s+(?:the\\s+)?"
            // "send him to saint brennan's emergency department": the hospital's name before the department
            + "(?:(?:saint|st\\.?|[a-z]+'s|[a-z]+)\\s+){0,3}?"
            + "(a&e|a and e|er|e\\.r\\.|emergency (?:department|room)|ed|hospital|medical assessment unit|surgical "
            + "assessment unit|acute medical unit|same[- ]day emergency care|labou?r ward|maternity assessment unit|"
            + "children's assessment unit|paediatric assessment unit|pediatric emergency)\\b");
    private static final Pattern ADMIT = Pattern.compile("(?i)\\b(?:(?:admit|admitting) (?:you|him|her|them)|keep (?:you|"
            + "him|her|them) in (?:hospital|overnight|tonight))\\b");
    private static final Pattern TEAM = Pattern.compile("(?i)\\b(?:ring|call|phone|speak to|speaking to|talk to|contact|"
            + "bleep)\\s+(?:the\\s+)?((?:on-?call\\s+)?(?:medical|surgical|paediatric|pediatric|orthopaedic|"
            + "orthopedic|gynae|gynaecology|gynecology|obstetric|cardiology|stroke|psychiatric|crisis|mental health)"
            + "(?:\\s+on-?call)?\\s+(?:team|registrar|reg|doctors?|on-?call))\\b");

    private static final Pattern OFFERED = Pattern.compile("(?i)\\b(?:(?:i|we) (?:can|could|might)|(?:the )?(?:first|"
            + "one|other) (?:option|way|choice)? ?is|either|option)\\W*$");

    private Disposition() {
    }

    /** "…and ask them to see you in the TIA clinic today": where and when the team will see the patient. */
    private static final Pattern SEEN = Pattern.compile("(?i)\\bsee (?:you|him|her|them)(?: in (?:the )?([a-z&' -]{2,30}?"
            + "(?:clinic|unit|department)))?(?:\\s+(today|tomorrow|this afternoon|this evening|tonight))?\\b");

    private static String place(String said) {
        String place = said.toLowerCase(Locale.ROOT).replace("a and e", "a&e").replace("e.r.", "er");
        return switch (place) {
            case "a&e", "er", "ed", "emergency department", "emergency room" -> "the emergency department";
            case "hospital" -> "hospital";
            default -> "the " + place;
        };
    }

    /** The note's line for where the patient goes, or null ("if it comes back, call an ambulance" is no disposition). */
    static String of(String sentence) {
        if (Cues.CONDITIONAL_LEAD.matcher(sentence).find()) {
            return null;
        }
        Matcher sent = SENT.matcher(sentence);
        Matcher ambulance = AMBULANCE.matcher(sentence);
        if (ambulance.find()) {
            // "The first is, I can call an ambulance. Or you can take yourself": a choice offered, not a call
            return OFFERED.matcher(sentence.substring(0, ambulance.start())).find() ? null : sent.find()
                    ? "Ambulance called for transfer to " + place(sent.group(1)) + "." : "Ambulance called.";
        }
        if (sent.find()) {
            return "Sent to " + place(sent.group(1)) + (sentence.toLowerCase(Locale.ROOT)
                    .matches("(?s).*\\b(?:now|today|tonight|straight away|right away)"
                    + "\\b.*") ? " today." : ".");
        }
        if (ADMIT.matcher(sentence).find()) {
            return "Admit to hospital.";
        }
        Matcher team = TEAM.matcher(sentence);
        if (team.find()) {
            Matcher seen = SEEN.matcher(sentence.substring(team.end()));
            String where = !seen.find() ? "" : " for review" + (seen.group(1) == null ? ""
                    : " in the " + seen.group(1).strip()) + (seen.group(2) == null
                    ? "" : " " + seen.group(2).toLowerCase(Locale.ROOT));
            return "Will contact the " + team.group(1).toLowerCase(Locale.ROOT) + where + ".";
        }
        return null;
    }
}
