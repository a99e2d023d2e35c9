package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinician's spoken leads in the plan as a note writes them, before "I" and "you" are put in the third
 * person: "give me a call" → "call the clinic", "I'm not too concerned about" → "low concern for", "I don't
 * think we'll need to" → "no need to", "I recommended" → "recommended". Without this the note narrates its own
 * author ("The clinician is not too concerned about…"), which no clinician writes.
 */
final class PlanRegister {

    private record Rewrite(Pattern spoken, String written) {
        Rewrite(String spoken, String written) {
            this(Pattern.compile("(?i)" + spoken), written);
        }
    }

    private static final String WE = "(?:i|we)";
    private static final String WE_ARE = "(?:i'm|i am|we're|we are)";
    private static final String DONT = "(?:don't|do not|do n't)";

    private static final List<Rewrite> REWRITES = List.of(
            // what comes before the point: "for your first problem, your back pain,", "the good news is", "I'm sure
            // she's told you, but"
            new Rewrite("^(?:so |and |now )?(?:for|regarding|as for|as far as) (?:your|the|his|her) (?:first|second|"
                    + "third|fourth|next|last|other|final) (?:problem|issue|concern)(?: ?,? (?:your|the|his|her) "
                    + "[a-z ]{2,30})? ?,?\\s+", ""),
            new Rewrite("^(?:so |and |but |now )?the (?:good|great|reassuring) news is,?(?: that)?\\s+", ""),
            new Rewrite("^(?:and |so )?" + WE_ARE + " sure [^,]{3,60}, but\\s+", ""),
            new Rewrite("\\b(?:it's|it is) (?:very |really |so |extremely |super )?important (?:that |for )?"
                    + "(?:you|he|she)(?: to)?\\s+", "advised to "),
            new Rewrite("\\bgive (?:me|us|the office|the clinic) a (?:call|ring|shout)\\b", "call the clinic"),
            new Rewrite("\\b(come|comes|coming) (?:back )?(?:in )?(?:and |to )see (?:me|us)\\b",
                    "$1 back to the clinic"),
            new Rewrite("(?<!\\bwhat )\\b" + WE_ARE + " not (?:too |very |that |overly |really |terribly "
                    + "|super )?(?:concerned|worried) (?:about|with|by)\\s+", "low concern for "),
            new Rewrite("(?<!\\bwhat )\\b" + WE_ARE + " (?:very |really |a little |a bit |somewhat |most )?"
                    + "(?:concerned|worried) (?:about|for)\\s+", "concern for "),
            new Rewrite("\\b" + WE + " " + DONT + " (?:think|believe) (?:that )?(?:we|you|he|she)"
                    + "(?:'ll| will| would)? (?:need|have) to\\b", "no need to"),
            new Rewrite("\\b" + WE + " " + DONT + " (?:think|believe) (?:that )?(?:it's|it is|this is|that's|"
                    + "that is)\\s+", "likely not "),
            new Rewrite("\\b" + WE + " (?:" + DONT + "|didn't|did not|did n't) (?:see|appreciate|find|feel|hear) "
                    + "(?:any )?(?:(?:hearing|seeing) )?(?:an? |any )?", "no "),
            new Rewrite("\\b" + WE + "(?:'ve| have)? (?:also )?(?:recommended|suggested|advised)(?: that)?"
                    + "\\s+(?:you )?", "recommended "),
            new Rewrite("\\b" + WE + "(?:'ve| have)? (?:also )?(?:did )?(?:reviewed|review|went over|looked at) "
                    + "(?=the |your )", "reviewed "),
            new Rewrite("\\b" + WE + "(?: still| also| really| just)?(?: want| would like|'d like) (?:you|him|her|"
                    + "the patient) to(?: go ahead and)?\\b", "advised to"),
            // "if it's positive, I'd send in an antibiotic": what will be done if, not the clinician's mood
            new Rewrite("\\b" + WE + "(?:'d| would) (send in|call in|prescribe|start|give|order|refer|switch|add)\\b",
                    "will $1"),
            new Rewrite("\\b" + WE_ARE + " not (?:gonna|going to) (?:change|adjust) (?:anything|any of (?:that|those|"
                    + "(?:your|her|his|the) \\w+))", "no changes planned"),
            new Rewrite("\\b" + WE + " " + DONT + " (?:think (?:we|you) )?need to (?:do |get |order |repeat )?"
                    + "(?:any )?", "no need for "),
            // "that's what we call a proton pump inhibitor", "a condition we call farmer's lung"
            new Rewrite("\\bwhat " + WE + " (?:call|refer to as)\\s+", ""),
            new Rewrite("\\b(?:that |which )?" + WE + " call\\b", "called"),
            new Rewrite("^((?:so |and |but |now |then |also )?)we(?: want| would like|'d like) to (?:go ahead and )?",
                    "$1will "),
            // "I want thyroid levels, free T4 and T3, in four weeks": what is ordered, not what the clinician wants
            new Rewrite("\\b" + WE + "(?: want| would like|'d like) (?=(?:(?:a|an|some|the|his|her|your|repeat)\\s+)?"
                    + "(?:[\\w-]+\\s+){0,3}?(?:tests?|labs?|levels?|panel|culture|swab|x[- ]?rays?|scan|mri|ultrasound|"
                    + "ecg|ekg|echo|bloods|blood work|sample|count)\\b)", "will get "),
            // "we want your TSH under 2.5 before you try": the target, not what the clinician wants
            new Rewrite("\\b" + WE + "(?: want| would like|'d like) (?:your|his|her|the) ([a-z0-9 -]{2,25}?) "
                    + "(?=(?:under|below|less than|above|over|at|around|between) (?:\\d|[a-z]+ (?:point|percent)))",
                    "goal $1 "),
            new Rewrite("\\btell me\\b", "tell the clinic"));

    /** "I'm sending a urine culture" → "will send a urine culture": the step, not the clinician at work. */
    private static final Pattern DOING = Pattern.compile("(?i)\\b(?:i'm|i am|we're|we are) (?:also |just )?(sending|"
            + "putting|starting|giving|ordering|prescribing|referring|booking|arranging|checking|increasing|switching|"
            + "adding|stopping|holding|setting up|getting|writing)\\b"
            + "(?! (?:at|that|worried|concerned|better|worse)\\b)");

    private PlanRegister() {
    }

    private static String base(String gerund) {
        return switch (gerund) {
            case "putting" -> "put";
            case "getting" -> "get";
            case "setting up" -> "set up";
            case "referring" -> "refer";
            case "stopping" -> "stop";
            case "giving", "prescribing", "increasing", "arranging", "writing" -> gerund.replaceFirst("ing$", "e");
            default -> gerund.replaceFirst("ing$", "");
        };
    }

    /** "I know, um, if it's still locking after six weeks, then we'd get an MRI": the step only if; else null. */
    static String conditional(String sentence) {
        Matcher m = CONDITIONAL.matcher(sentence);
        return m.matches() ? m.group(1) : null;
    }

    private static final Pattern CONDITIONAL = Pattern.compile("(?i)^(?:(?:and|so|but|i know|um|uh|well|now|then)"
            + "\\W+){0,3}((?:if|in case|should|as soon as)\\b.+)");

    static String of(String spoken) {
        String s = spoken;
        for (Rewrite r : REWRITES) {
            s = r.spoken().matcher(s).replaceAll(r.written());
        }
        return DOING.matcher(s).replaceAll(m -> "will " + base(m.group(1).toLowerCase(java.util.Locale.ROOT)));
    }
}
