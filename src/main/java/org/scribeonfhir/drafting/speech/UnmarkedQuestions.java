package org.scribeonfhir.drafting.speech;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.Turn;

/**
 * Recorders that write no punctuation leave the clinician's last sentence without its question mark ("how's your
 * appetite", "and your concentration and energy"); the patient's reply in the next turn shows it was asked.
 */
final class UnmarkedQuestions {

    /** Words of a statement or an instruction: "okay", "good", "let me see" are not a symptom asked about. */
    private static final Pattern LISTED_NOT = Pattern.compile("(?i)\\b(?:i|we|you|you're|it's|that's|is|are|was|"
            + "let's|let|okay|ok|alright|good|great|thanks|thank|right|so|well|hi|hello|bye|sorry|sure|yes|no|yeah|"
            + "mhmm|perfect|excellent|hmm|oh|wow)\\b");
    private static final Pattern YES_NO = Pattern.compile("(?i)\\s*(?:no|nope|nah|never|none|not really|yes|yeah|"
            + "yep|a little|sometimes|occasionally)\\b");

    /** Words of a question put to the patient ("you've been off it since july" states, it does not ask). */
    private static final Pattern ASKED_OF_YOU = Pattern.compile("(?i)\\b(?:your|any|do you|did you|have you|are you|"
            + "were you|can you|is it|does it|did it|are they|do they|were they|have they|is that|was it)\\b");
    private static final Pattern INTENT = Pattern.compile("(?i)\\b(?:i'm going to|i am going to|i'm gonna|let me|let's|"
            + "i'll|we'll|i want|i'd like|we're going to)\\b(?! (?:just )?ask\\b)|^(?:and |so |okay "
            + ")?(?:keep|continue|carry on|take|stop|"
            + "start|use)\\b");
    /** "no complaints from me" agrees. */
    private static final Pattern PLAIN_NO = Pattern.compile("(?i)\\s*(?:no|nope|nah|never)\\b(?! (?:complaints?|"
            + "problems?|worries|arguments?|objections?)\\b)");

    private static final String LEAD = "^(?:(?:and|so|then|okay|ok|now|alright|all right|um|uh|well|right|great|good|"
            + "hmm|mhmm|yeah|oh)\\s+)*";
    /** Nothing the clinician says of their own plan after the words that ask. */
    private static final String NO_OWN_STEP = "(?:(?!\\b(?:i|we|i'm|i'll|we'll|let's|let me|i'd|we're)\\b).)*$";
    /**
     * "how's your appetite", "the things you used to enjoy do you still enjoy them", "your gp started you on
     * sertraline is that right", "and anything else for sleep", "which of those": asked, though nothing marks it.
     */
    private static final Pattern ASKS = Pattern.compile("(?i)" + LEAD + "(?:how's|how're|hows)\\b.*"
            // a few words of setting before the ask; a finding said first ("no tenderness over the kidneys on either
            // side good so what do you do for fun") is a statement the recorder ran into the question
            + "|(?:[a-z']+ ){0,6}(?:do|did|have|are|were) you\\b(?! know\\b)" + NO_OWN_STEP
            + "|(?:[a-z']+ ){0,6}(?:is there|are there|does it|did it|has it|is it still)\\b" + NO_OWN_STEP
            // "good call has your knee been okay without it": asked of a part, the auxiliary first
            + "|(?:[a-z']+ ){0,3}(?:has|have|is|are) (?:your|his|her) (?:[a-z']+ ){1,2}(?:been|still|getting|"
            + "feeling|doing|bothering)\\b" + NO_OWN_STEP
            // "that sounds scary and the swallowing does food ever get stuck on the way down"
            + "|(?:[a-z']+ ){0,8}(?:does|do) (?:food|anything|something|(?:the|your|his|her) [a-z]+) (?:ever |still )?"
            + "(?:get|go|come|feel|hurt|stick|happen|wake|keep|stop|make|bother|trouble)\\b" + NO_OWN_STEP
            // "is he squinting or hiding from the light": asked of the child, the auxiliary first
            + "|(?:[a-z']+ ){0,8}(?:is|was|does|did|has) (?:he|she)\\b(?! (?:is|was|has|does)\\b)" + NO_OWN_STEP
            // "ten days ago okay and where is the pain exactly", "oh dear what happened"
            + "|(?:[a-z0-9']+ ){0,6}(?:where|when|how long|how bad|how often|how many|how much|how severe|what) "
            + "(?:is|are|was|were|does|do|did|has|have|happened|makes?|brings?|helps?)\\b" + NO_OWN_STEP
            // "does coughing or sneezing make it shoot down the leg"
            + "|(?:[a-z']+ ){0,3}(?:does|do|did) (?!(?:any|some|no|every)thing\\b)[a-z]+ing(?: (?:or|and) [a-z]+ing)? "
            + "(?:ever )?(?:make|bring|set|"
            + "trigger)\\b" + NO_OWN_STEP
            + "|.*\\bis that (?:right|correct|true|still the case)$"
            + "|" + LEAD + "which\\b.*");
    /** A short probe: a long unpunctuated run that merely starts with "your" is a statement. */
    private static final Pattern PROBE = Pattern.compile("(?i)" + LEAD + "(?:what about |how about )?"
            + "(?:your|any|anything|any other)\\b[a-z' ]*$");
    private static final int PROBE_WORDS = 7;
    /** "i'm gonna ask a few important ones any numbness … any trouble starting your pee … any accidents": probes. */
    private static final Pattern PROBES = Pattern.compile("(?i)^(?:[a-z' ]+ )?any [a-z' ]+ any [a-z' ]+$");
    private static final int SUMMARY_WORDS = 10;
    /** "okay and alcohol or drugs", "and drink": a social-history topic named on its own is asked. */
    private static final String HABIT = "(?:any )?(?:alcohol|drinking|drink|drugs|recreational drugs|street drugs|"
            + "smoking|tobacco|cigarettes|vaping|caffeine|coffee)";
    private static final Pattern TOPIC = Pattern.compile("(?i)" + LEAD + "(?:and |what about |how about )?" + HABIT
            + "(?: (?:or|and) " + HABIT + ")*$");
    /** "alright and you're retired" "yeah retired machinist…": a short statement put to the patient to confirm. */
    private static final Pattern CONFIRM = Pattern.compile("(?i)" + LEAD + "(?:and |but |so )?(?:you're|you are|"
            // "so you're not taking naproxen": the clinician states what the patient said, not a question
            + "you've|you have|you were|you still) (?!.*\\bnot\\b)[a-z' ]+$");
    /** "so about 4 months of feeling low" "yeah about 4 months, pretty much every day": a summary to confirm. */
    private static final Pattern SUMMARY = Pattern.compile("(?i)" + LEAD + "(?:about |around |roughly |nearly |"
            + "almost |over )?(?:\\d+|a few|a couple of|several) (?:days?|weeks?|months?|years?) (?:of|now of|since)"
            + "\\b[a-z' ]*$");

    private UnmarkedQuestions() {
    }

    /** Whether a clinician's unpunctuated last sentence asks what the next turn answers. */
    static boolean asks(String said, Turn next) {
        String reply = next.text() == null ? "" : next.text();
        if (listed(said, reply) || unpunctuatedAsk(said, reply)) {
            return true;
        }
        if (said.matches("(?s).*[.!?,;]\\W*$") || Role.ofTag(next.speaker()) == Role.CLINICIAN
                || INTENT.matcher(said).find()) {
            return false;
        }
        int words = said.split("\\s+").length;
        String lower = said.toLowerCase(java.util.Locale.ROOT);
        return words <= 25 && ASKS.matcher(lower).matches() || words <= PROBE_WORDS && (PROBE.matcher(lower).matches()
                || TOPIC.matcher(lower).matches())
                || words <= 45 && PROBES.matcher(lower).matches() && YES_NO.matcher(reply).lookingAt()
                || (words <= PROBE_WORDS && CONFIRM.matcher(lower).matches() || words <= SUMMARY_WORDS
                && SUMMARY.matcher(lower).matches()) && YES_NO.matcher(reply).lookingAt();
    }

    /** "black tarry stools" "No.": a symptom read out from a list, asked without a question's words. */
    private static boolean listed(String said, String next) {
        return said.split("\\s+").length <= 4 && !said.endsWith(".") && !said.endsWith("!")
                && !LISTED_NOT.matcher(said).find() && YES_NO.matcher(next).lookingAt();
    }

    /**
     * "pain in your jaw when you chew or tenderness at your temples" "no no not when i chew": asked of the patient
     * and answered no, it is a question (a "yeah" may only be listening).
     */
    private static boolean unpunctuatedAsk(String said, String next) {
        return !said.matches("(?s).*[.!?,;]\\W*$") && said.split("\\s+").length <= 25
                && ASKED_OF_YOU.matcher(said).find() && !INTENT.matcher(said).find()
                && PLAIN_NO.matcher(next).lookingAt();
    }
}
