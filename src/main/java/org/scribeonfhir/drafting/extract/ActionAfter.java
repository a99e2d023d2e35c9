package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * What the words around a drug change in the action read before it. The clinician's: a dose cut or raised "from ten
 * to five" said after the drug (with how often, before and after), a dose given in the room, a refusal ("I'm not going
 * to prescribe…"), and a "don't" that only limits the drug's use (a site it must not go on, a most-days warning) and
 * stops nothing. The patient's: a drug asked for, prescribed but never started, or taken long ago.
 */
final class ActionAfter {

    /** "And the amlodipine, cut from ten milligrams to five": the change said after its drug. */
    private static final Pattern CUT = Pattern.compile("(?i)^[\\s,]*(?:(?:is|gets?|will be|we'll|i'll|goes|going)\\s+)?"
            + "(?:cut|reduced?|lowered?|dropped|halved|(?:(?:comes?|coming|goes|going|back)\\s+)?down)\\s+(?:it\\s+)?"
            + "from\\s+\\d");
    private static final Pattern RAISED = Pattern.compile("(?i)^[\\s,]*(?:(?:is|gets?|will be|we'll|i'll|goes|going)"
            + "\\s+)?(?:increased?|raised?|doubled|(?:(?:comes?|coming|goes|going)\\s+)?up)\\s+(?:it\\s+)?from\\s+\\d");
    /** "a shot of ketorolac", "I'm going to give him a dose of ondansetron": one dose, in the room. */
    private static final Pattern SHOT_BEFORE = Pattern.compile("(?i)\\b(?:(?:an?|one) (?:shot|injection|jab|stat dose)|"
            + "(?:give (?:you|him|her|them)|get|have) (?:a|one) (?:single |first )?dose|(?:give|giving) "
            + "(?:you|him|her|them) (?:\\d+|a|one|two|four|six|eight|ten) (?:puffs?|nebs?|nebuli[sz]ers?)) of "
            + "(?:the )?$");
    /** "the nurse will give you furosemide, forty milligrams IV, here now": a dose given before the patient leaves. */
    private static final Pattern GIVE = Pattern.compile("(?i)\\b(?:give|giving) (?:you|him|her|them)\\b"
            + "[^.;?]{0,60}$");
    private static final Pattern HERE = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:here now|here today|now before (?:you|"
            + "she|he|they) (?:go|leave)|before (?:you|she|he|they) (?:go|leave)|while (?:you're|she's|he's) here)\\b");
    /** "Ketorolac thirty IM in the right deltoid … given at nine-fifteen": a nurse's record of a dose given. */
    private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:given|administered|gave (?:it|them|him|her))\\b");
    private static final Pattern INJECTED = Pattern.compile("(?i)^[^.;]{0,60}?(?:\\bIM\\b|\\bIV\\b|\\bin (?:the|your|"
            + "his|her) (?:muscle|arm|bottom|buttock|thigh|deltoid)|\\bintramuscular)");
    /** "not taking painkillers or the sumatriptan on more than two days a week": a limit, no stop. */
    private static final Pattern LIMIT = Pattern.compile("(?i)\\b(?:on )?more than (?:\\w+ ){0,4}(?:days?|times?|"
            + "doses?|nights?)\\b|\\btoo (?:much|many|often)\\b");
    /** "Lisinopril 10 and atorvastatin 20 stay the same": only doses and other drugs with theirs before it. */
    private static final Pattern SAME_AFTER = Pattern.compile("(?i)^(?:\\s*(?:\\d+(?:\\.\\d+)?\\s*"
            + "(?:mg|milligrams|mcg)?|,|and|[a-z-]+(?=\\s+\\d)))*+\\s*(?:both\\s+)?"
            + "(?:(?:stays?|remains?) (?:the same|unchanged|at \\d+)|carr(?:y|ies) on"
            + "(?: as before| as it is| the same)?(?=\\W*$|\\W+(?:as|at|and)\\b)"
            + "|(?:stays?|remains?) as (?:it is|before)|(?:(?:are|is) )?unchanged(?=\\s*(?:$|[,.;]|and\\b)))\\b");

    /** "Ramipril and the statin unchanged": the drug and one more named by "the", both kept. */
    private static final Pattern PAIR_SAME = Pattern.compile("(?i)^\\s+and (?:the|your|his|her) [a-z-]+ (?:(?:both )?"
            + "(?:stay|remain) (?:the same|unchanged|as (?:they are|before))|(?:are |both )?unchanged)\\b");

    /** The drug is kept as it is, said after it. */
    static boolean keptAfter(String rest) {
        return SAME_AFTER.matcher(rest).lookingAt() || PAIR_SAME.matcher(rest).lookingAt();
    }

    /** "Stop the bendroflumethiazide, amlodipine up to ten.": the drug's own new dose, said right after it. */
    private static final Pattern UP_TO = Pattern.compile("(?i)^[\\s,]*(?:(?:goes|going|comes|coming|is going|will go)"
            + "\\s+)?(up|down) to (\\d+(?:\\.\\d+)?)(?:\\s*(mg|milligrams|mcg|micrograms))?"
            + "(?=\\s*(?:$|[,.;]|and\\b))");

    /** The step a dose said as "up to"/"down to" right after the drug takes, or null. */
    static String upOrDown(String after) {
        Matcher m = UP_TO.matcher(after);
        return !m.lookingAt() ? null : m.group(1).equalsIgnoreCase("up") ? "increase" : "decrease";
    }

    /** "tramadol fifty milligrams, one up to twice a day — only if the paracetamol isn't enough": a back-up. */
    private static final Pattern ONLY_IF = Pattern.compile("(?i)^[^.;]{0,80}?\\b(?:but )?only (?:(?:start|take|use|"
            + "fill|give) (?:it|them|that|those) )?(if|when|in case)\\b");

    /** A drug ordered only for a condition said right after it: "— but only start it if the pain keeps you awake". */
    static boolean onlyIf(String after) {
        return ONLY_IF.matcher(after).lookingAt();
    }

    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|when|in case)\\b[^,.;—]+");

    /** The condition of a back-up said right after its drug ("if the paracetamol isn't enough"), or null. */
    static String trigger(String after) {
        Matcher only = ONLY_IF.matcher(after);
        if (!only.lookingAt()) {
            return null;
        }
        Matcher m = CONDITION.matcher(after);
        return m.find(only.start(1)) ? m.group().strip() : null;
    }

    /** "…ibuprofen four hundred milligrams, here now. … so today's dose is a one-off": given here, once. */
    private static final Pattern ONE_OFF = Pattern.compile("(?i)\\b(?:today's|this|that) (?:dose|one) is (?:a |just "
            + "a )?one-?off\\b");

    /** "we'll give you a gram of paracetamol and ibuprofen four hundred milligrams, here now": each of the list. */
    private static boolean givenHere(String sentenceBefore, String sentenceAfter) {
        return GIVE.matcher(sentenceBefore).find()
                && (HERE.matcher(sentenceAfter).lookingAt() || ONE_OFF.matcher(sentenceAfter).find())
                || INSTILLING.matcher(sentenceBefore).find() && INTO_EYE_NOW.matcher(sentenceAfter).lookingAt();
    }

    /** "I'm putting one drop of hypromellose … into the left eye now": a drop put in during the visit. */
    private static final Pattern INSTILLING = Pattern.compile("(?i)\\b(?:i'm|i am|let me|i'll) (?:put(?:ting)?|"
            + "instil\\w*|plac(?:e|ing)) (?:in )?(?:\\d+|one|two|a) drops? (?:of )?(?:the )?$");
    private static final Pattern INTO_EYE_NOW = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:into|in) (?:the|your|his|her) "
            + "(?:left |right )?eyes?\\b[^.;]{0,12}?\\bnow\\b");

    /** "We gave ondansetron two milligrams once here": a dose the clinic gave, told in the plan. */
    private static final Pattern GAVE = Pattern.compile("(?i)\\b(?:we|i|the nurse|nurse|she|he)(?:'ve| have| has)? "
            + "(?:gave|given|administered)(?: (?:him|her|them|you))?(?: (?:some|a dose of|the|a|one))?\\s*$");
    private static final Pattern HERE_AFTER = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:here|in (?:the )?(?:clinic|"
            + "surgery|office|department|practice)|(?:earlier |this morning |just now )?(?:today|just now)|"
            + "this (?:morning|afternoon|evening))\\b");

    /** The clinician telling a dose given in the room: "we gave ondansetron two milligrams once here". */
    static boolean gaveHere(String before, String after) {
        return GAVE.matcher(before).find() && HERE_AFTER.matcher(after).lookingAt();
    }

    /** "stop the atorvastatin for the week you're on the antibiotic, and restart it the day after you finish". */
    private static final Pattern FOR_NOW = Pattern.compile("(?i)^(?:(?!\\b(?:won't|will not|not|don't|never|no)\\b)"
            + "[^.;]){0,80}?\\b(?:re-?start|resume|go back on|start (?:it|that|them) again)\\b");

    /** "For these two weeks, stop the calcium tablet and the Tums": stopped for a while, a hold. */
    private static final Pattern FOR_SPAN = Pattern.compile("(?i)^\\W*(?:(?:so|and|now)\\W+)?for (?:these|the next|"
            + "those|the) (?:\\d+ |[a-z]+ )?(?:days?|weeks?)\\W+(?:please\\W+)?(?:stop|don't take)\\b");

    /** A stop with its restart said after the drug ("while you're on it, restart after") or for a span: a hold. */
    static String heldFor(String action, String after, String sentence) {
        return "stop".equals(action) && (FOR_NOW.matcher(after).lookingAt() || FOR_SPAN.matcher(sentence).find())
                ? "hold" : action;
    }

    private static final String DAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight)";
    /** How long a hold lasts: "hold warfarin Wednesday and Thursday", "while you're on the antibiotic". */
    private static final Pattern HOLD_SPAN = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:(?:on |for )?(" + DAY
            + "(?:(?:,|,? and|,? or) " + DAY + ")*)\\b|(?:while|for the (?:week|days?|time)) (?:you're|you are|she's|"
            + "he's|she is|"
            + "he is|they're) on ((?:the|your|his|her) [a-z-]+)|while on ((?:the|your|his|her) [a-z-]+))");

    /** When a hold said right after its drug ends, as the note writes it ("on Wednesday and Thursday"), or null. */
    static String holdSpan(String action, String after) {
        Matcher m = HOLD_SPAN.matcher(after);
        if (!"hold".equals(action) || !m.lookingAt()) {
            return null;
        }
        String day = m.group(1) == null || !m.group(1).matches("(?i)tomorrow|tonight") ? "on " + m.group(1)
                : m.group(1).toLowerCase(java.util.Locale.ROOT); // "Hold bendroflumethiazide tomorrow."
        return m.group(1) != null ? day : "while on " + (m.group(2) != null ? m.group(2) : m.group(3));
    }

    /** "Don't use the Eumovate on her face": where it must not go, not that it stops. */
    private static final Pattern SITE = Pattern.compile("(?i)^\\s+(?:on|near|around|to|in) (?:the |her |his |your "
            + "|their )?(?:face|eyes?|eyelids?|genitals?|groin|broken skin|open wounds?|skin folds?|armpits?|lips?|"
            + "mouth|nose|cheeks?)\\b");
    private static final Pattern NEGATED_USE = Pattern.compile("(?i)\\b(?:not taking|don't use|don't take|do not "
            + "(?:use|take)|never (?:use|take)|not (?:to )?use)\\s+(?:\\w+\\s+){0,4}$");

    /** "from 10 milligrams to 5 milligrams", "from forty milligrams once a day to forty milligrams twice a day". */
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom (\\d+(?:\\.\\d+)?) ?(mg|mcg|g|units|ml)?"
            + "(?: (?:once|twice|three times|four times|every|a|daily|at)[a-z ]{0,16}?)? to (\\d+(?:\\.\\d+)?) ?"
            + "(mg|mcg|g|units|ml)?\\b");

    /** The dose before a change, the dose after and how often after; null fields were not said. */
    record Change(String was, String dose, String frequency) {
    }

    private ActionAfter() {
    }

    /** The change said just after the drug ({@code cut}: where a self-correction ends), or null. */
    static Change change(String after, int cut, String dose, String frequency) {
        Matcher up = UP_TO.matcher(after);
        if (dose == null && up.lookingAt()) { // "lisinopril up to ten": the number, its unit from the history's dose
            return new Change(null, up.group(2) + (up.group(3) == null ? "" : " " + Quantities.unit(up.group(3))),
                    frequency);
        }
        Matcher ft = FROM_TO.matcher(after);
        if (!ft.find() || ft.start() >= 30) {
            return null;
        }
        String unit = Quantities.unit(ft.group(4) != null ? ft.group(4) : ft.group(2) != null ? ft.group(2) : "mg");
        String was = ft.group(1) + " " + (ft.group(2) != null ? Quantities.unit(ft.group(2)) : unit);
        // "from fifty to a hundred — actually, let's go to seventy-five milligrams": the correction's dose
        String to = cut >= ft.end() && dose != null ? dose : ft.group(3) + " " + unit;
        String then = Sig.frequency(after.substring(ft.start(3))); // how often after the change, not before it
        String before = then == null ? null : Sig.frequency(after.substring(ft.start(), ft.start(3)));
        return new Change(before == null || before.equals(then) ? was : was + " " + before, to,
                then != null ? then : frequency);
    }

    /** "I'm not going to prescribe Percocet or any opioid": a drug refused, not merely one not given. */
    private static final Pattern DECLINED = Pattern.compile("(?i)\\b(?:(?:i'm|i am|we're|we are) not (?:going to )?"
            + "(?:prescribe|prescribing|give|giving)|(?:i|we) won't (?:be )?(?:prescribe|prescribing|give|giving)|"
            + "(?:i|we) (?:can't|cannot|don't) (?:prescribe|give)) (?:you )?(?:any )?$");
    /** "Could you give me something for sleep, though, like Xanax?", "my buddy said you'd give me Percocet". */
    private static final Pattern REQUESTED = Pattern.compile("(?i)\\b(?:(?:could|can|can't|would|will|won't|couldn't)"
            + " you (?:just |maybe |please )?(?:give|prescribe|write|get|put) (?:me|him|her|us)|"
            + "you'd (?:give|prescribe) (?:me|him|her|us))\\b");
    /** "the Farxiga you wanted me to start": prescribed, not taken. */
    private static final Pattern NOT_STARTED = Pattern.compile("(?i)^[\\s,]*(?:that |which )?(?:you|the doctor|"
            + "dr\\.? \\w+|they|he|she) (?:wanted|asked|told) (?:me|him|her) to (?:start|take|try)\\b");
    /** "all the Voltaren I was taking for my back": taken then, not now. */
    private static final Pattern WAS_TAKING = Pattern.compile("(?i)^[\\s,]*(?:that |which )?(?:i|he|she|we) "
            + "(?:was|were) (?:taking|on|using)\\b");

    /** "Calpol if he needs it, the inhaler ten puffs every four hours": the next item of a list, named by its form. */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?i),\\s+(?:and\\s+)?(?:the|his|her|your|my)\\s+(?:blue "
            + "|brown |steroid )?(?:inhaler|puffer|spacer|cream|ointment|steroid|spray|drops|tablets|pills|antibiotic|"
            + "syrup|patch)\\b");

    /** The words after a drug up to the next item of a list that names its own drug by its form. */
    static String ownItem(String after) {
        Matcher m = NEXT_ITEM.matcher(after);
        return m.find() ? after.substring(0, m.start()) : after;
    }

    /** A refusal said right before the drug. */
    static boolean declined(String before) {
        return DECLINED.matcher(before).find();
    }

    /** The action of a drug named at {@code before} | drug | {@code after} in {@code u}. */
    private static final Pattern INSTEAD = Pattern.compile("(?i)^\\s*(?:(?:for|on) [^.;,]{0,30}\\s)?instead\\b(?! of)");

    /** "The tramadol, hold it…", "The omeprazole, keep taking it": the drug named first, then what to do with it. */
    private static final Pattern TOPIC_ORDER = Pattern.compile("(?i)^\\s*(?:(?:gummies|tablets|pills|capsules|drops|"
            + "syrup|powder|cream|tea|spray)\\s*)?(?:,|—|–|:)\\s*(?:please |i'd like you to |i want you "
            + "to |you can |we'll |let's )?(stop|hold|continue|keep (?:going with|taking)|don't take|skip) (?:it|them|"
            + "that)\\b"); // "the bendroflumethiazide: don't take it tomorrow morning"

    private static final Pattern WAS_STOPPED = Pattern.compile("(?i)^\\s*(?:was|were|got|has been|had been) "
            + "(?:stopped|discontinued|taken off|switched)\\b");

    static String of(Utterance u, Match d, String before, String after, String action, boolean plan) {
        if (!u.clinician()) {
            if (NOT_STARTED.matcher(after).lookingAt() || REQUESTED.matcher(before).find()) {
                return null;
            }
            return action != null && action.startsWith("taking") && WAS_TAKING.matcher(after).lookingAt()
                    ? "stopped" : action;
        }
        if (!plan && WAS_STOPPED.matcher(after).lookingAt()) {
            return "stopped"; // "And I see simvastatin was stopped before?": the chart's past stop read back
        }
        Matcher topic = TOPIC_ORDER.matcher(after);
        if (topic.lookingAt()) { // "The tramadol, hold it while you're on the chlordiazepoxide."
            String verb = topic.group(1).toLowerCase(java.util.Locale.ROOT);
            return verb.matches("hold|don't take|skip") ? "hold" : verb.equals("stop") ? "stop" : "continue";
        }
        if (plan && action != null && action.matches("stop|continue-implied") && INSTEAD.matcher(after).lookingAt()) {
            return "start"; // "Stop the naproxen completely, paracetamol for the shoulder instead": the new one
        }
        if (action != null && action.matches("stop|stopped") && NEGATED_USE.matcher(before).find()
                && (SITE.matcher(after).lookingAt() || LIMIT.matcher(u.text()).find())) {
            return null;
        }
        if (action == null || action.matches("continue|continue-implied|taking|taking-maybe")) {
            if (CUT.matcher(after).lookingAt()) {
                return "decrease";
            }
            if (RAISED.matcher(after).lookingAt()) {
                return "increase";
            }
        }
        boolean shot = SHOT_BEFORE.matcher(before).find()
                || INJECTED.matcher(after).lookingAt() && GIVEN.matcher(u.text()).find()
                || givenHere(u.text().substring(0, d.start()), u.text().substring(d.end())) || gaveHere(before, after);
        if (shot && (plan || action != null)) {
            return "given";
        }
        if (plan && (action == null || action.matches("start|continue-implied")) && onlyIf(after)) {
            return "backup";
        }
        String step = plan ? upOrDown(after) : null;
        return step != null ? step : heldFor(action, after, u.text());
    }

    /** "Don't use the Eumovate on her face": a site the drug must not go on, said right after it. */
    static boolean site(String after) {
        return SITE.matcher(after).lookingAt();
    }

    private static final Pattern USUAL = Pattern.compile("(?i)\\b(?:normally|usually|(?:your|his|her) usual)\\b");
    private static final Pattern USUAL_NEXT = Pattern.compile("(?i)^\\W*(?:normally|usually)\\b");

    /** "For the Ventolin, normally it's two puffs when needed.": the dose the patient takes, told in the plan. */
    static String usual(String action, String before, String after) {
        return "continue-implied".equals(action) && (USUAL.matcher(Words.last(before, 4)).find()
                || USUAL_NEXT.matcher(after).lookingAt()) ? "taking" : action;
    }

    private static final Pattern MIGHT_NEED = Pattern.compile("(?i)\\b(?:might|may|could) (?:need|have) to\\b");

    /** "…because we might need to switch him to something stronger like Augmentin": a possible later step. */
    static boolean mightNeed(String before) {
        return MIGHT_NEED.matcher(before).find();
    }
}
