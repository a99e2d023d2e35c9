package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/** What a clinician says in the plan that is no line of the note's plan: a heading said aloud, a definition, a pleasantry. */
final class PlanNoise {

    /**
     * "It's when the blood supply to part of the brain is briefly interrupted", "People call it a mini-stroke": what a
     * condition or a test is, told to the patient; the note names the condition, it does not define it.
     */
    private static final Pattern DEFINES = Pattern.compile("(?i)^\\W*(?:(?:so|and|but|basically|well)\\W+)*(?:it's when|"
            + "that's when|it is when|that's where|it's where|people call it|some people call it|we call it|it's also "
            + "called|it's called|it's known as|it tells (?:us|the|me|them)|(?:with [a-z ]{1,30}, )?(?:you|he|she|they) "
            + "(?:might|could|may|can) (?:have|get|develop) something called|"
            + "(?:it's|it is|that's) (?:a|an|the) (?:virus|bacteria|bacterium|germ|condition|type|kind|sort|part|gland|"
            + "tube|muscle|nerve|lining|layer|bone|bag|valve|test|scan|blood test|tablet|medicine|medication|drug|"
            + "inflammation|infection|irritation|swelling) (?:that|which|where|in|of|for|to))\\b");
    /** "Fifth, cholesterol." or "Blood pressure.": a heading said aloud, two words at most and no verb. */
    private static final Pattern HEADING = Pattern.compile("(?i)^\\W*(?:(?:first|second|third|fourth|fifth|next|"
            + "lastly|finally|then|and|so|now|okay)\\W+)*(?:(?:the|your|his|her)\\s+)?(?:[a-z'-]+\\W*){1,2}$");
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|has|have|had|do|does|did|"
            + "can|could|will|would|should|may|might|must|need|needs|take|get|go|keep|make|try|use|stop|start|"
            + "[a-z]+(?:ed|ing)|[a-z]+'(?:s|re|ll|d|ve))\\b");

    /**
     * "Enjoy the rest of the birthday cake.", "Good luck with the move.", "Ha, fingers crossed.", "You're not a pain at
     * all.": a pleasantry at the door.
     */
    private static final Pattern PLEASANTRY = Pattern.compile("(?i)^\\W*(?:(?:and|so|well|anyway|oh|ha)\\W+)*"
            + "(?:(?:enjoy (?:the|your)|have a (?:good|nice|lovely|great|safe)|good luck (?:with|to|at|on)|say hi to|"
            + "give my (?:love|regards)|congratulations on|happy birthday|fingers crossed|(?:you're|you are) (?:not|"
            + "never) (?:a|any) (?:pain|bother|nuisance|trouble)|(?:you're|you are) welcome|my pleasure)\\b"
            + "|(?:let's|let us|we'll|we will|i'll) (?:try (?:and|to) )?get (?:you|him|her) (?:better|back on (?:your|his|"
            + "her) feet|sorted)(?: (?:soon|quickly))?\\b"
            + "|(?:ha|haha|hah|no (?:problem|worries|trouble)(?: at all)?|not at all|take care|feel better)\\W*$)");

    /** "At first, when you said belly pain, I wondered about your appendix": a thought set aside, not a plan. */
    private static final Pattern SET_ASIDE = Pattern.compile("(?i)\\b(?:at first|initially|when you first said)\\b[^.]*?"
            + "\\b(?:i|we) (?:wondered|thought|"
            + "was worried|worried|considered)\\b(?![^.]*\\b(?:so|and) (?:i'll|we'll|i'm going to|let's)\\b)");

    /** A drug kept or stopped and nothing else: "Keep the atorvastatin.", "Right, no more hydrochlorothiazide." */
    private static final Pattern DRUG_ONLY = Pattern.compile("(?i)^(?:(?:right|okay|ok|so|and)\\W+)*(?:no more|"
            + "keep(?: on| taking| using)?|stay on|stop(?: taking| using)?|continue(?: taking| with)?|carry on(?: with|"
            + " taking)?) (?:the |your |with (?:the |your )?)?[\\w-]+(?: (?:going|on|too|then|for now|as (?:is|"
            + "before)))?\\W*$");

    private PlanNoise() {
    }

    /** A sentence (naming a drug) that only keeps or stops it: the medication's own line says so. */
    /** "If I may get you to put your finger up to the camera": what the patient is asked to do now, the exam's. */
    private static final Pattern EXAM_REQUEST = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|now|right|next|"
            + "last thing,?(?: is)?)\\W+)*(?:if (?:i|we) (?:may|might|could|can) (?:just )?(?:get|ask|have) (?:you|him|her) "
            + "to|(?:can|could|would) you (?:just )?(?:please )?(?:put|hold|turn|show|open|tilt|move|point|feel|lift|"
            + "raise|position|bring|angle|press)|(?:i'd|i would) like (?:you|to ask you) to (?:put|hold|turn|show|open|"
            + "tilt|position|feel|press|point))\\b|\\b(?:up|closer|nearer) (?:to|towards) (?:the|your) "
            + "(?:camera|webcam|screen)\\b|\\b(?:position|hold|tilt|move|angle) (?:your|the) (?:device|phone|camera|"
            + "tablet|laptop)\\b");

    static boolean examRequest(String sentence) {
        return EXAM_REQUEST.matcher(sentence).find();
    }

    static boolean drugOnly(String sentence) {
        return DRUG_ONLY.matcher(sentence).matches();
    }

    /** A heading said aloud (only where nothing else of the plan was read in the sentence: "Rest." is advice). */
    static boolean heading(String sentence) {
        return HEADING.matcher(sentence).matches() && !VERB.matcher(sentence).find();
    }

    /**
     * A definition, a pleasantry, or a condition said of in general at the sentence's start ("Whooping cough is
     * coughing fits that go on and on…"): never a line of the plan, whatever else the sentence names.
     */
    static boolean defines(String sentence, Vocabulary v) {
        if (DEFINES.matcher(sentence).find() || PLEASANTRY.matcher(sentence).find()
                || SET_ASIDE.matcher(sentence).find()) {
            return true;
        }
        List<Match> named = v.find(Term.Kind.CONDITION, sentence);
        return !named.isEmpty() && named.get(0).start() < 6
                && GenericMentions.of(sentence, named.get(0).start(), named.get(0).end());
    }

    /**
     * "And get some rest yourself, Dad.", "Mom, if your throat gets worse…", unpunctuated "and mom take something for
     * that headache": said to the companion by name.
     */
    private static final Pattern VOCATIVE = Pattern.compile("(?i)^(?:(?:and|so)\\s+)?(?:(?:you|mum|mom|dad|mummy|daddy|"
            + "mother|father|grandma|grandpa|nan|gran),\\s*|(?:mum|mom|dad|mummy|daddy)\\s+(?=(?:you|take|get|try|go|"
            + "have|look|make|don't)\\b))|,\\s*(?:mum|mom|dad|mother|father|grandma|grandpa|nan|gran)\\W*$");
    private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(?:he|him|his|she|her|hers|they|them|"
            + "their)\\b");

    /**
     * The sentence without the companion's name it is said to; null when it is the companion's own care (it says
     * nothing of the patient); the sentence as it was when no one is named.
     */
    static String toThePatient(String s) {
        java.util.regex.Matcher vocative = VOCATIVE.matcher(s);
        if (!vocative.find()) {
            return s;
        }
        String said = vocative.replaceFirst("").strip();
        if (!THIRD_PERSON.matcher(said).find()) {
            return null;
        }
        return said.isEmpty() ? said : Character.toUpperCase(said.charAt(0)) + said.substring(1);
    }
}
