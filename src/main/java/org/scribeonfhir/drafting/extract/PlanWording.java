package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.ThirdPerson;
import org.scribeonfhir.drafting.visit.Pronouns;

/** How a plan line is worded: the note's voice, test names, intervals, lists. */
final class PlanWording {

    private PlanWording() {
    }

    /** The clinician's words in the note's voice: "we'll" → "will", "you" → the patient, "call me" → the clinic. */
    static String voice(String s, Pronouns p) {
        // "what I can do is, I can prescribe…": the lead says nothing; "if we can", "because we may": the clinician
        String x = PlanRegister.of(s).replaceAll("(?i)\\b(?:what,?\\s+)+(?:i|we) (?:think (?:i|we) )?(?:can|could|"
                + "would|will|'ll|'d) (?:do|suggest),? is,?\\s+(?:that\\s+)?", "")
                .replaceAll("(?i)\\b(?:i|we) think,? (?=(?:i|we) (?:can|could)\\b)", "")
                .replaceAll("(?i)\\b(if|because|so|that|when|until) (?:we|i) (can|could|may|might)\\b(?!'t)",
                        "$1 the clinician $2")
                .replaceAll("(?i)\\buntil (?:we|i) (?:know|find out)(?: for (?:sure|certain))?\\b", "until confirmed")
                .replaceAll("(?i)\\b(?:call|text|message|page) me\\b", "call the clinic")
                .replaceAll("(?i)\\blet (?:me|us) know\\b", "notify the clinic")
                .replaceAll("(?i)\\bcome (?:back )?(?:and )?see me\\b", "return to clinic")
                .replaceAll("(?i)\\bwith me\\b", "")
                .replaceAll("(?i)\\b(?:i'm|i am|we're|we are) going to (?:go ahead and )?", "will ")
                .replaceAll("(?i)\\b(?:i'll|we'll|i will|we will) (?:go ahead and )?", "will ")
                .replaceAll("(?i)\\b(?:let's|lets) (?:go ahead and )?", "will ")
                .replaceAll("(?i)\\bi(?: want| would like|'d like) to (?:go ahead and )?", "will ")
                .replaceAll("(?i)\\bi(?: want| would like|'d like) (?:you|him|her) to\\b", "advised to")
                .replaceAll("(?i)\\b(?:we|i) (?:can't|cannot)\\b", "cannot")
                .replaceAll("(?i)\\b(?:i|we) (?:need|have) to\\b", "will need to")
                .replaceAll("(?i)\\b(?:i|we) would\\b", "would")
                // "if it's positive we'd treat it": the plan's own subject, as "we would" is written
                .replaceAll("(?i)\\b(?:i|we)'d\\b(?! (?:rather|better|love|like)\\b)", "would")
                .replaceAll("(?i)\\b(?:we're|we are|i'm|i am) not (?=starting|adding|changing|going|there|doing|giving|"
                        + "prescribing|sending|jumping|stopping|worried|concerned)\\b", "not ");
        x = ThirdPerson.addressed(mayOrSubject(x), p);
        x = x.replaceAll("(?i)\\bi'm\\b", "the clinician is").replaceAll("(?i)\\bi've\\b", "the clinician has")
                .replaceAll("(?i)\\bi'd\\b", "the clinician would").replaceAll("(?i)\\bwe're\\b", "the care team is")
                .replaceAll("(?i)\\bwe've\\b", "the care team has").replaceAll("(?i)\\bwe'd\\b", "the care team would");
        // "I don't want him driving" → "the clinician does not want him driving": the verb agrees with its new subject
        x = x.replaceAll("(?i)\\bi (?:don't|do not)\\b", "the clinician does not")
                .replaceAll("(?i)\\bwe (?:don't|do not)\\b", "the care team does not")
                .replaceAll("(?i)\\b(?:i|we) (want|think|need|feel|like|see|expect|suspect|recommend|suggest|know|hope|"
                        + "prefer)\\b", "the clinician $1s")
                .replaceAll("(?i)\\bi have\\b(?! to\\b)", "the clinician has");
        x = x.replaceAll("(?i)\\bi\\b", "the clinician").replaceAll("(?i)\\bmy\\b", "the").replaceAll("(?i)\\bme\\b",
                "the clinician").replaceAll("(?i)\\bwe\\b", "the care team").replaceAll("(?i)\\bour\\b", "the")
                .replaceAll("(?i)\\bus\\b", "the clinic");
        x = ACRONYM.matcher(x).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
        return Phrasing.finish(Phrasing.clinical(Phrasing.explanation(x)).replaceAll("\\s{2,}", " "));
    }

    private static final Pattern CAN = Pattern.compile("(?i)\\b(we|i) (can|could|might|may)\\b(?!'t)");
    private static final String CLAUSE = "(?:[^.!?;:]|\\.(?=\\d))*";
    private static final Pattern OPENING = Pattern.compile("(?is)(?:^|.*[.!?;:](?!\\d))\\W*(?:(?:so|and|then|but|okay|"
            + "ok|well|now|yes|yeah|also)\\W+)*(?:(?:if|when|once|unless|in case)\\b" + CLAUSE + ")?|.*\\b(?:if|once|"
            + "unless)\\b" + CLAUSE);

    /**
     * "We can give you a cream", "if it climbs we can add…" → "May give…", "…may add…"; inside a sentence the
     * subject stays: "it's something we can treat readily" → "something the care team can treat readily".
     */
    private static String mayOrSubject(String x) {
        return CAN.matcher(x).replaceAll(m -> OPENING.matcher(x.substring(0, m.start())).matches() ? "may"
                : (m.group(1).equalsIgnoreCase("we") ? "the care team " : "the clinician ") + m.group(2));
    }

    /** "No football, no contact sport while you're in the cast", "please don't drive if you feel drowsy". */
    private static final Pattern RESTRICTION = Pattern.compile("(?i)\\b(?:please )?(?:don't|do not|no|avoid|shouldn't|"
            + "should not|mustn't|must not)\\s+(?:any |more )?(?:drive|driving|football|soccer|sports?|contact sports?|"
            + "running|run|lifting|lift|heavy lifting|swimming|swim|alcohol|drinking|flying|fly|goalkeeping|"
            + "exercise|work|school|daycare|nursery|trampolining|trampoline|rough play|rugby|gym|cycling|climbing)\\b");

    private static final Pattern ADVICE = Pattern.compile("(?i)^(?:i(?: want| would like|'d like| need) (?:you|him|her) to|"
            + "(?:you|he|she) (?:should|need to|needs to|must|have to|has to)|make sure (?:you|that you)|"
            + "try to|try|i(?: recommend| would recommend|'d recommend| suggest| encourage| advise)(?: (?:that )?(?:you|him|"
            + "her|he|she)(?: to| should)?)?|"
            + "i'd (?:really )?(?:(?=cut|stop|avoid|limit|reduce|keep|hold off|stay|use|take)|like you to)|"
            + "please|remember to|be sure to|continue to|keep|"
            // "what I would suggest is you take it more regularly", "the other thing to do would be to take…"
            + "what i(?: would|'d)? suggest is(?: that)? (?:you|(?:he|she) should)|(?:the other|another|one) thing "
            + "(?:to do|you (?:can|could) do) (?:would be|is) to)\\s+(.+)$");

    /**
     * Advice as counselling: an activity the clinician restricts ("No football, no contact sport while you're in the
     * cast" → "Advised no football…", "please don't drive if…" → "Advised not to drive if…"), else "I'd like you
     * to…", "you should…" → "Advised to…"; null when the sentence advises nothing.
     */
    static String advice(String s, Pronouns p) {
        Matcher m = RESTRICTION.matcher(s);
        if (m.find()) {
            String clause = s.substring(m.start()).replaceFirst("(?i)^(?:please )?(?:don't|do not|shouldn't|"
                    + "should not|mustn't|must not) ", "not to ");
            return "Advised " + lowerFirst(voice(clause, p));
        }
        Matcher a = ADVICE.matcher(s);
        return a.find() ? "Advised to " + lowerFirst(voice(a.group(1), p)) : null;
    }

    static final Pattern ACRONYM = Pattern.compile("\\b(?:mri|ct|ekg|ecg|cbc|cmp|bmp|tsh|inr|psa|bnp|ldl|hdl|"
            + "er|icu|copd|gerd|uti|adhd|ptsd|nsaids?|egd|ercp|eeg|emg|pft|ua|t4|t3|alt|ast|egfr|wbc|iv|mrsa|hiv|ibs|"
            + "ocd)\\b");

    static String likely(String s) {
        if (s.matches("(?is).*\\b(?:likely|probably|possibly)\\b.*")) {
            return s; // "the palpitations are most likely from anxiety" says it already
        }
        String x = s.replaceFirst("(?i)^((?:he|she|the patient|it|this|that|they)\\s+(?:is|are|has|have))\\s+",
                "$1 likely ");
        return x.equals(s) ? "Likely " + lowerFirst(s) : x;
    }

    static String interval(String said) {
        return said.toLowerCase(Locale.ROOT).replaceAll("\\b(?:about|around|another)\\s+", "")
                .replaceAll("\\ba couple of\\b", "2").replaceAll("\\ba few\\b", "a few")
                .replaceAll("^(?:a|an|one) (day|week|month|year)$", "1 $1").replaceAll("\\btwo\\b", "2")
                .replaceAll("\\bthree\\b", "3").replaceAll("\\bfour\\b", "4").replaceAll("\\bsix\\b", "6").strip();
    }

    static final Pattern PRE_TEST = Pattern.compile("(?i)\\b((?:\\d+-day|\\d+ day|low-dose|low dose|"
            + "fasting|24-hour|stat|urgent|routine|baseline|follow-up)\\s+)(?:[a-z]+\\s+)?$");
    static final Pattern OF_SITE = Pattern.compile("(?i)^\\s+(?:of|on) (?!(?:you|him|her|them|it)\\b)(?:the |"
            + "your |his |her )?(?:(?:left|right)\\s+)?[a-z]+(?:\\s+(?:knee|shoulder|hip|ankle|wrist|elbow|spine))?");

    /** "an echocardiogram, an ultrasound scan of your heart": the test explained, not a second one. */
    static boolean gloss(String between, Match test) {
        return between.matches("(?s)\\s*(?:,\\s*an?)?\\s+")
                && test.surface().toLowerCase(Locale.ROOT).matches("(?:ultrasound|scan|heart scan|tracing)\\b.*");
    }

    /** A test as the note writes it: the clinician's own name for it, acronyms in capitals. */
    static String testName(Match t) {
        String said = t.surface().toLowerCase(Locale.ROOT);
        String canonical = t.term().canonical();
        if (said.equals("kidney function")) {
            return "kidney function tests";
        }
        if (canonical.toLowerCase(Locale.ROOT).equals(said) || said.length() <= 4 && canonical.length() <= 4) {
            return canonical;
        }
        if (said.matches("tsh|cbc|cmp|bmp|mri|ct|ekg|ecg|inr|psa|bnp|ldl|hdl|ua|lfts?|pfts?|emg")) {
            return said.toUpperCase(Locale.ROOT);
        }
        if (said.equals("a1c") || said.equals("hba1c")) {
            return "hemoglobin A1c";
        }
        // "check your liver" is named by the test, not by the words said
        return canonical.matches("blood work|kidney function|liver function tests|labs|imaging")
                && !said.matches("(?s).*\\b(?:check|checking|checked|your)\\b.*") ? said : canonical;
    }

    /** "a", "a and b", "a, b, and c". */
    static String list(List<String> l) {
        if (l.size() == 1) {
            return l.get(0);
        }
        if (l.size() == 2) {
            return l.get(0) + " and " + l.get(1);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + ", and " + l.get(l.size() - 1);
    }

    /** "a chest X-ray", "an MRI of the knee", "kidney function tests" (a plural takes none). */
    static String article(String test) {
        return test.matches("(?i).*\\b(?:tests|labs|studies|x-rays|films|cultures|panels|levels)$") ? ""
                : test.matches("(?i)[aeio].*|ultra.*|MRI.*|EKG.*|X-ray.*") ? "an "
                : "a ";
    }

    /** "I'll do you a sick note for a week": the certificate, with how long it covers. */
    private static final Pattern OFF_WORK = Pattern.compile("(?i)\\b(?:do|write|give|sign|print|send|get)\\b[^.]{0,25}?"
            + "\\b(sick|fit|work|school) note\\b(?:[^.]{0,15}?\\bfor\\s+((?:a|an|one|two|three|four|five|\\d+|a "
            + "couple of|a few) (?:days?|weeks?)))?");

    /** "Sick note for 1 week.", or null when the sentence gives none. */
    static String certificate(String s) {
        Matcher note = OFF_WORK.matcher(s);
        if (!note.find()) {
            return null;
        }
        return Character.toUpperCase(note.group(1).charAt(0)) + note.group(1).substring(1).toLowerCase(Locale.ROOT)
                + " note" + (note.group(2) == null ? "" : " for " + interval(note.group(2))) + ".";
    }

    static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static final Pattern LIST_GOES_ON = Pattern.compile("(?i)^\\W*(?:(?:and|also|plus)\\s+)*(?:a|an|some)\\s+"
            + "(?:[a-z-]+\\s+){0,2}$");
    private static final Pattern TEST_SAID_DONE = Pattern.compile("(?i)^\\W*(?:showed|shows|was|is|came|were|are|would|"
            + "will|could|can|might|may|from|results?)\\b");

    /** "…an echocardiogram. And a thyroid blood test, because…": the list of tests ordered goes on. */
    static boolean listGoesOn(String before, String after) {
        return LIST_GOES_ON.matcher(before).matches() && !TEST_SAID_DONE.matcher(after).find();
    }

    /** "…if it's not better in a week": a review only if things do not improve. */
    static final Pattern NOT_BETTER = Pattern.compile("(?i)\\bif (?:(?:it|things|that|this|you|he|she|they)"
            + "(?:'s|'re| is| are)? )?(?:still )?(?:not|no|isn't|aren't|doesn't|don't|hasn't|haven't) (?:any )?(?:"
            + "better|improv\\w*|settl\\w*|clear\\w*|gone|get better|go away)\\b");
    /** "the nausea may come back for a few days" is the symptom's, not a visit ("come back in two weeks"). */
    static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\b(?:follow(?:[- ]up)?|(?<!\\b(?:may|might|could|it|they|"
            + "usually|sometimes|often) )come back|see (?:you|him|her)"
            + "(?: back| again)?|re-?check(?:ed)?|seen (?:again|back)|return|check back|check in|touch base|circle back|"
            + "come in|(?:speak|talk) (?:to|with) you(?: again| back)?|call you(?: back| again)?|(?:ring|phone) you|"
            + "come (?:and |to )?see (?:me|us|one of us|one of the (?:doctors|gps|team))|"
            + "review you(?: again)?)\\b[^.]*?\\b(?:in|after|for)\\s+((?:about |around |another |a |an |one |two |three |four |six |"
            + "\\d+ |a couple of |a few )+(?:\\d+\\s+)?(?:to \\d+ )?(?:days?|weeks?|months?|years?))");
    private static final Pattern IF_RESULT = Pattern.compile("(?i)\\b(?:if|depending on)\\b.*\\b(?:might|may|could|"
            + "would)\\b");

    /** The part of the sentence since its last "but" orders only when no result decides it ("if it shows…, might"). */
    static boolean hangsOnResult(String before) {
        return IF_RESULT.matcher(before.substring(Math.max(0, before.toLowerCase(Locale.ROOT).lastIndexOf(" but "))))
                .find();
    }
}
