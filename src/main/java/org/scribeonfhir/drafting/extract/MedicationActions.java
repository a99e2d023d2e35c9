package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/** The verbs that say what is done with a drug, by the clinician or the patient. */
final class MedicationActions {

    private static final Pattern CALLED = Pattern.compile("\\b(?:an?|some)\\s+(?:[a-z-]+\\s+){0,3}(?:called|named)"
            + "\\s+$|"
            + "\\b(?:an?|some)\\s+(?:[a-z-]+\\s+){0,2}(?:cream|ointment|gel|tablets?|capsules?|spray|drops|inhaler|"
            + "antibiotic|antidepressant|painkiller|medicine|steroid),\\s+$");
    private static final Pattern NAMED = Pattern.compile("^\\W*(?:they're|they are|it's|it is|this one's|this is) "
            + "called\\s+$");
    private static final Pattern COMPARED = Pattern.compile("\\b(?:than|instead of|unlike|similar to|(?:has|have|"
            + "contains?) an? [a-z]+,? like) (?:the |your |his |her )?$"); // "it has a salicylate, like aspirin"
    private static final Pattern WHEN_IT = Pattern.compile("(?i)\\b(?:stop|stopping|start|starting) (?:it|that|them)"
            + " (?:when|once|after|until|as soon as) (?:the |your |his |her )?$");
    private static final Pattern OBJECT_NEXT = Pattern.compile("\\s+(?:it|that|them|this one)\\b");
    private static final Pattern TAKING = Pattern.compile("(?i)\\b(?:i take|i'm taking|i am taking|i've been taking|"
            + "i have been taking|i'm on|i am on|i've been on|i use|i'm using|i've been using|i started taking|"
            + "i still take|takes|taking|(?:you're|you are|she's|he's|she is|he is) (?:on|taking)|on (?:the )?|"
            + "i do take|we give (?:him|her)|(?:he|she) takes|we've been giving|i've got|i have (?:you|him|her) on|"
            + "i have(?=\\s+(?:(?:the|your|here|down|listed)\\s+)*$))\\b");
    static final Pattern STOPPED = Pattern.compile("(?i)\\b(?:stopped|quit|i'm not taking|i am not taking|"
            + "i don't take|i do not take|i haven't been taking|i have not been taking|ran out of|(?:i've|i have|i had|"
            + "she's|he's) run out of|i'm off|i am off|"
            + "(?:i|we|she|he) used to (?:take|use|be on)|"
            + "(?:been|you're|you are|she's|he's) off(?: of)?(?=(?:\\s+(?:the|your|his|her))?\\s*$)|"
            + "came off|went off|gave up|no longer|not taking|don't use|haven't taken|stopped taking|"
            + "not on (?:the |any )?|finished|completed|done with|(?:i|she|he|we) used up|"
            + "never (?:taken|took|started|filled|used|had|picked up)(?: (?:any|the|his|her|your))?)\\b");
    /** The clinician reading back what the patient takes: "i see that you take …", "you're still on …". */
    private static final Pattern READ_BACK = Pattern.compile("(?i)(?<!\\b(?:did|do|does|have|has|are|were|can|could|"
            + "would|will|if)\\s)\\b(?:you|she|he)(?:'re|'s|'ve| are| is| have| has)?(?: been| still)? (?:take|takes|"
            + "taking|on)\\s+(?:[\\w']+\\s+){0,4}$");
    /** "… I'll update that, and the calcium tablets": the clinician going down the chart's list. */
    private static final Pattern READING_LIST = Pattern.compile("(?i)\\b(?:and|also|plus|then) (?:the|your) $");
    private static final Pattern ASKS_TAKING = Pattern.compile("(?i)\\b(?:are|do) you (?:still )?(?:taking|take|on)"
            + "(?:\\s+[\\w']+){0,3}\\s*$");
    /** "the quetiapine, you've been off that since…", "the quetiapine stays off": stopped, said after the drug. */
    private static final Pattern OFF_AFTER = Pattern.compile("(?i)^(?:[^.;?]|\\.(?=\\d)){0,120}?\\b(?:been off|"
            + "stays? off(?!\\s+(?:the|your|his|her|all|any)\\b)|" // "stay off the gliclazide" is another drug's
            + "off (?:of )?(?:it|that|them|this)|stopped (?:it|that|taking it)|no longer|discontinued|came off|"
            + "went off|(?:i|we|she|he|they)(?:'s|'ve| has| have)? (?:stopped|quit|switched (?:it|that|them)\\b)|ran out|"
            // "…iron drops when she was a baby, but the sister stopped those at her one-year check"
            + "\\bbut (?:the|her|his|my) (?:sister|nurse|midwife|health visitor|doctor|gp|clinic) stopped (?:it|that|"
            + "them|those)\\b|"
            + "(?:that|it|which)(?:'s| is| has been|'s been| was)(?: \\w+)? (?:stopped|discontinued)|stays? stopped|"
            + "(?:i|we|she|he|they)(?:'ve| have| has)? (?:finished|completed) (?:it|that|them|those|the course)|"
            + "(?:course )?(?:finished|completed|ended) (?:in|last|back|on|a (?:week|month|year|couple))|"
            + "take (?:it |that |them )?off (?:your|the|his|her) list|(?:i've|i have|he's|she's) (?:not|never) had "
            + "(?:any|one|it) since|(?:haven't|hasn't) had (?:any|one|it) since|"
            // "…it didn't touch it, so I gave up on it", "I haven't used one since I was fifteen"
            + "gave up (?:on )?(?:it|that|them)|(?:i|he|she|we) (?:don't|do not|doesn't|does not) (?:take|use) "
            // "…cyclobenzaprine, but I don't take them": not "I don't take it with food", "…regularly"
            + "(?:it|them|that|those)\\b(?! (?:with|on|at|in|every|when|if|before|after|regularly|often|much|always|"
            + "daily|properly|right|as|until|till|unless)\\b)|(?:haven't|have not|hasn't|has not) (?:used|taken|had) "
            + "(?:it|one|them|that|any) (?:since|for|in)|"
            // "she had the pink amoxicillin for 10 days and it cleared up": a course taken to its end
            + "for (?:about |a )?\\d+ (?:days?|weeks?),? (?:and )?(?:it|that|the \\w+|she|he|they) (?:cleared(?: up)?|"
            + "went away|got better|resolved|healed)|"
            + "never (?:picked (?:it|them) up|filled (?:it|them)|took (?:it|them)|started (?:it|them)))\\b");
    /** "The furosemide was stopped, by the heart doctor in July": stopped by someone, said right after the drug. */
    private static final Pattern STOPPED_BY = Pattern.compile("(?i)^(?:'s|\\s+(?:was|were|got|has been|had been))\\s+"
            + "(?:stopped|discontinued)\\b|^,?\\s+(?:which|that) (?:[A-Z][a-z]+|the (?:midwife|doctor|gp|hospital|"
            + "consultant|specialist)|(?:she|he|they|my (?:\\w+ )?doctor)) (?:stopped|discontinued|took me off)\\b");
    /** "the bendroflumethiazide I'm going to stop": the order said after its drug. */
    private static final Pattern STOP_NEXT = Pattern.compile("(?i)\\W*(?:(?:which|that|and)\\s+)?(?:(?:i'm|i am|we're|"
            + "we are) going to|i'll|we'll|i will|we will|let's) (?:stop|discontinue|come off)\\b");
    /** "The water pill, hydrochlorothiazide, raises uric acid, so I'm stopping it"; not if something happens. */
    private static final Pattern STOPPING_IT = Pattern.compile("(?i)^(?:(?!\\b(?:if|unless|when|should|might)\\b)"
            + "[^.;?]){0,100}?\\b(?:(?:i'm|i am|we're|we are) (?:stopping|discontinuing|going to stop)|(?:i'll|we'll|"
            + "let's) stop) (?:it|that|them|this one)\\b");
    /** "So no atorvastatin since March": off it since then ("no ibuprofen because of the allergy" is advice). */
    private static final Pattern NONE_SINCE = Pattern.compile("(?i)(?:^|[,.;]\\s*|\\b(?:so|and|okay)\\s+)"
            + "no (?:more )?$");
    private static final Pattern SINCE = Pattern.compile("(?i)\\s*(?:[\\w']+\\s+){0,3}?(?:since|for (?:over |more "
            + "than |about )?(?:a|an|\\d+) (?:years?|months?|weeks?))\\b");
    private static final Pattern OFFERED = Pattern.compile("(?i)\\b(?:offered|tried to give)\\s+(?:me|him|her|us)\\s+"
            + "(?:one of\\s+|some of\\s+)?(?:her|his|their|some|an?)?\\s*$");
    private static final Pattern TRIED = Pattern.compile("(?i)\\b(?:i took|i tried|i've tried|i have tried|tried|"
            + "took some|we tried|we gave (?:him|her)|i used|(?<!\\bi )gave (?:him|her|me|us)(?: some| a course of)?"
            // "they went after a day with Piriton": what treated a past reaction, not taken now
            + "|(?:went|went away|cleared|cleared up|settled|calmed down|got better)(?: \\w+){0,4} with)\\b");

    /** A patient asking back a drug's name just said: "nitro what, sorry?" */
    private static final Pattern ECHO = Pattern.compile("(?i)^\\W*(?:\\S+\\s+){0,2}\\S+\\W*\\s+"
            + "(?:what|which|pardon|sorry)\\W*(?:sorry|again|was that)?\\W*$");
    /** Not taken yet: "I was going to try Imodium but I wasn't sure", "thinking about trying". */
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(?:(?:was|were) going to (?:try|take|get|use)|"
            + "(?:thinking|thought) (?:about|of) (?:trying|taking|getting)|(?:haven't|have not|never) (?:tried|taken|"
            + "used)(?: any)?)\\s+(?:some |the |any )?(?:\\S+\\s+)?$");

    /** "can i take imodium" with no question mark: asked all the same. */
    private static final Pattern ASKING = Pattern.compile("(?i)^\\W*(?:(?:so|and|um|uh|okay|oh|doctor)\\W+)*(?:can|"
            + "could|should|may|shall) (?:i|she|he|we) (?:just )?(?:take|have|use|try|get)\\s+(?:some |the |an? )?$");

    private MedicationActions() {
    }

    static boolean asking(String before) {
        return ASKING.matcher(before).matches();
    }

    /** "and the hydroxyzine should i restart it": asked, not taken. */
    private static final Pattern RESTART_ASKED = Pattern.compile("(?i)^\\W*(?:should|can|could|shall|do) i "
            + "(?:re-?start|start|go back on|take|keep taking)\\b");

    /** Asked after the drug is named: "should i restart it", "is the ibuprofen okay with the penicillin allergy?". */
    static boolean askedAfter(String after, boolean question) {
        return RESTART_ASKED.matcher(after).lookingAt() || question && AllergyTreatments.askedSafe(after, 0);
    }

    /** "The fluoxetine before had me jittery": the drug taken before this one. */
    private static final Pattern BEFORE_NEXT = Pattern.compile("(?i)^\\s*(?:i (?:was on|had|took) )?(?:before|"
            + "previously),?\\s+(?:had|made|gave|was|were|didn't|did not|caused|left)\\b");

    /** Off the drug, said after it: "the quetiapine stays off", "so no atorvastatin since March". */
    static boolean offAfter(String before, String after) {
        return OFF_AFTER.matcher(after).find() || STOP_NEXT.matcher(after).lookingAt() || BEFORE_NEXT.matcher(after)
                .lookingAt()
                || STOPPED_BY.matcher(after).lookingAt() || STOPPING_IT.matcher(after).find()
                || NONE_SINCE.matcher(before).find() && SINCE.matcher(after).lookingAt();
    }


    private static final Pattern TREATED_ON = Pattern.compile("(?is).*\\b" + NotOrdered.TREATED
            + "(?: \\w+)? on (?:the |your |his |her )?$");

    private static final Pattern STOPPED_OTHER = Pattern.compile("^(?: (?:taking|using))? (?:it|that|them|those)\\b.*"
            + "\\b(?:when|since|once|because)\\b");

    private static final Pattern STOPPED_BEFORE = Pattern.compile("(?i)\\b(?:stopped|quit|came off|gave up)\\s+"
            + "(?:taking\\s+)?(?:the|my)?\\s*$");

    /** A drug stopped, said right before it: "I stopped the", "quit taking my". */
    static boolean stoppedBefore(String before) {
        return STOPPED_BEFORE.matcher(before).find();
    }

    /** A patient asking back the name ("nitro what, sorry") or a drug not taken yet ("was going to try Imodium"). */
    static boolean notTaken(String text, String before) {
        return ECHO.matcher(text).matches() || NOT_YET.matcher(before).find();
    }

    /** What is done with the drug: a clinician's order verb, or the patient taking, trying or stopping it. */
    static String action(Utterance u, String before, boolean plan) {
        // "send an antibiotic called Augmentin": the drug is what is sent
        String b = CALLED.matcher(before.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (u.clinician() && plan && NAMED.matcher(b).matches()) {
            return "start"; // "some tablets for the sickness. They're called prochlorperazine."
        }
        // "…chosen monday as a quit date and on that day i'll start you with a 21 mg nicotine patch": a stop is said
        // next to its drug, not a sentence back in an unpunctuated monologue
        String near = Words.last(b, 8).replaceFirst("(?is)^.*\\bi (?:think|believe)\\b", ""); // "so I think X is…"
        Matcher stop = STOPPED.matcher(near);
        // "not on diet or metformin alone": "not on" is the drug's only right before it
        // "I stopped it in August when I had the Mirena fitted": "it" was stopped, the drug after "when" begun
        if (stop.find() && !(stop.group().toLowerCase(Locale.ROOT).startsWith("not on")
                && !near.substring(stop.end()).isBlank())
                && !STOPPED_OTHER.matcher(near.substring(stop.end())).find()) {
            // "…high today now you've stopped the amlodipine": what the patient did, no order to stop
            boolean theirs = near.substring(0, stop.start()).matches("(?is).*\\b(?:you|you've|you have|she's|he's|"
                    + "she has|he has)\\s*$") && !u.text().matches("(?is).*\\b(?:leave|keep|stay) (?:it|that|them) "
                    + "off\\b.*");
            return u.clinician() && plan && !theirs ? "stop" : "stopped";
        }
        if (near.matches("(?s).*\\b(?:were|was) on (?:the |your |his |her )?$")
                || near.matches("(?s).*\\b(?:had|got|developed|broke out) (?:on|with|from|after) (?:the |your |his |"
                + "her )?\\s*$")) {
            return null; // "up from 98 when you were on the simvastatin", "the rash she had on amoxicillin": then
        }
        if (near.matches("(?s).*\\bever (?:had|taken|been on|used|tried) (?:any |the |some )?(?:[\\w-]+ or )?$")) {
            return "tried"; // "Has Owen ever had amoxicillin?": given before, not taken now
        }
        if (near.matches("(?s).*\\b(?:by|from|after|since) (?:stopping|coming off|quitting) (?:the |your |his |her )?"
                + "\\s*$")) {
            return "stopped"; // "a gout flare set off … by stopping the allopurinol": why, not an order
        }
        if (near.matches("(?s).*\\b(?:doesn't|does not|won't|will not|wouldn't|shouldn't) stop (?:us|you|me|him|her|"
                + "them) (?:from )?(?:using|taking|giving|trying)\\s*$")) {
            return u.clinician() && plan ? "start" : null; // "…doesn't stop us using cephalexin": it may be used
        }
        // "…less greasy than Epaderm": the drug compared with
        if (near.matches("(?s).*\\b(?:after|before|until|with) (?:your|the|his|her) (?:last|final) "
                + "(?:pack of |dose of )?$") || COMPARED.matcher(near).find()) {
            return null; // "start it the day after your last Microgynon": when the new drug starts, no order of the old
        }
        if (u.clinician() && WHEN_IT.matcher(near).find()) {
            return null; // "…and stop it when the ibuprofen stops": the drug says when, it is no order of its own
        }
        if (DrugBans.banned(u, near)) {
            return "stop"; // "So, no ibuprofen, no Brufen, none of those painkillers while you're on lithium."
        }
        if (u.clinician() && MED_REVIEW.matcher(u.text()).find()) {
            return "taking"; // "let me go over your medicines: i have carvedilol…, lisinopril 10 once a day": the list
        }
        if (u.clinician() && ASKS_TAKING.matcher(near).find()) {
            return "taking"; // "are you still taking the metformin we have you on…", its question mark unwritten
        }
        if (u.clinician()) {
            OrderVerbs.Said said = OrderVerbs.last(b);
            String best = said == null ? null : said.verb();
            int at = said == null ? -1 : said.start();
            int end = said == null ? -1 : said.end();
            // "we'll leave that off and the lisinopril ten…": the order took "that"; the drug after is the list read
            if (best != null && (b.substring(at, end).matches("(?s).*\\b(?:it|that|them)\\b.*")
                    || OBJECT_NEXT.matcher(b.substring(end)).lookingAt()) && READING_LIST.matcher(near).find()) {
                best = null;
            }
            // "please don't stop the allopurinol on your own again", "don't restart the cyclobenzaprine": no order,
            // what was said before stands
            if (best != null && b.substring(0, at).matches("(?s).*\\b(?:don't|do not|never|not to|shouldn't|"
                    + "won't|must not|mustn't)\\s+(?:(?:just|ever|go and|go ahead and)\\s+)?$")) {
                // "Don't restart the old amoxicillin, the Augmentin replaces it": an order that it stays stopped
                return DrugBans.staysStopped(u, b, best, end, plan) ? "stop" : null;
            }
            if ("start".equals(best) && b.matches("(?s).*\\b(?:use|take|start)\\s+(?:your|his|her)\\s*$")) {
                best = "continue"; // "go ahead and use your albuterol": what the patient has, not a new drug
            }
            if (best != null && (plan || b.matches("(?s).*\\b(?:i'm going to|we're going to|i want to|let's|i'll|"
                    + "we'll|i would like to|i'd like to|we will|i will|going to|(?:i think )?we should|we need to)\\b.*")
                    // "I'd hold the vitamin C for now", said while the history is taken: an order to hold it
                    || best.matches("hold|stop") && b.matches("(?is).*\\b(?:i'd|i would) (?:hold|stop|pause)\\b.*"))) {
                return best;
            }
            if (READ_BACK.matcher(b).find() && !b.matches("(?s).*\\b(?:want|need|like|have|ask|would|should|"
                    + "make sure|will|can|could)\\s+(?:you|her|him)\\s+(?:to\\s+)?(?:\\w+\\s+){0,6}$")) {
                return "taking";
            }
            if (!plan && (TAKING.matcher(b).find() || READING_LIST.matcher(near).find()
                    || TREATED_ON.matcher(near).matches())) {
                return "taking";
            }
            return plan && best == null ? "continue-implied" : null;
        }
        if (OFFERED.matcher(near).find()) {
            return null; // "My coworker offered me one of her Xanax once. I didn't take it.": someone else's, not taken
        }
        if (TRIED.matcher(b).find()) {
            return "tried";
        }
        if (near.matches("(?s).*\\b(?:after|since|because of) (?:the|my|that)\\s*$")) {
            return null; // "Is that okay with my stomach, after the naproxen?": what the drug did, not that it is taken
        }
        if (u.question() && u.text().split("\\s+").length <= 5 && TOPIC.matcher(u.text()).matches()
                && !NAMING.matcher(u.text()).find()) {
            return null; // "And the metoprolol?": the patient asks what happens to it, not that it is taken
        }
        if (!u.clinician() && PastCourses.onceBefore(b)) {
            return "tried"; // "last year he had stitches … with local, lignocaine, and he was fine": once, back then
        }
        return TAKING.matcher(b).find() || b.isBlank() || b.matches("(?s).*\\b(?:and|also|plus|the|my|some)\\s*$")
                ? "taking" : "taking-maybe";
    }

    /** "So, it's, Atorvastatin?", "And there's another one, Amlodipine?": a name read off a list, checked aloud. */
    private static final Pattern NAMING = Pattern.compile("(?i)\\b(?:it's|it is|there's|there is|another one|"
            + "the other one|called)\\b");
    private static final Pattern TOPIC = Pattern.compile("(?i)^\\W*(?:and |so |what about |how about )?(?:the |my )?"
            + "[^?]*\\?\\W*$");
    private static final Pattern MED_REVIEW = Pattern.compile("(?i)\\b(?:go|going|run|running|read|reading) (?:over|"
            + "through) (?:your|the|his|her) (?:medicines|medications|meds|medication list|med list|list)\\b");
    private static final Pattern STILL_THAT = Pattern.compile("(?i)\\b(?:still )?(?:taking|on|using|having) (?:that|it|"
            + "those|them|this)\\b");

    /**
     * The question a clinician's mention of a drug asks: the sentence itself, or "…with omeprazole. Are you still
     * taking that?" where the next sentence of the turn asks about it; null when none does.
     */
    static Utterance askedOf(Context c, Utterance u, int drugEnd) {
        if (!u.clinician()) {
            return null;
        }
        if (u.question()) {
            return u;
        }
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        int at = turn.indexOf(u);
        Utterance next = at >= 0 && at + 1 < turn.size() ? turn.get(at + 1) : null;
        boolean last = c.vocabulary.find(Term.Kind.DRUG, u.text().substring(drugEnd)).isEmpty();
        return next != null && next.question() && last && STILL_THAT.matcher(next.text()).find()
                && c.vocabulary.find(Term.Kind.DRUG, next.text()).isEmpty() ? next : null;
    }

}
