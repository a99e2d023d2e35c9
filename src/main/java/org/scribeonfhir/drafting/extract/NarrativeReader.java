package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.ThirdPerson;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Historian;
import org.scribeonfhir.drafting.visit.Narrative;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;

/**
 * The history's story in the note's words: the patient's (or historian's) full sentences that the relevance
 * head finds clinical and that say more than the structured facts, put in the third person; and the
 * clinician's summaries ("so you fell a couple of days ago and hurt your knee"). Answers that only make sense
 * with their question, small talk and sentences the symptom list already says are left out.
 */
final class NarrativeReader {

    /** Below this relevance a sentence is small talk, not told in the HPI (chosen on ACI-Bench valid and challenge dev). */
    static final double MIN_RELEVANCE = 0.5;
    /** The answer to "what brings you in?" is the presenting story: only what is plainly small talk is left out. */
    static final double PRESENTING_RELEVANCE = 0.2;
    /** A sentence of the story with a number that is not a time needs this much (a score, a weight of a thing). */
    static final double NUMBER_RELEVANCE = 0.85;
    private static final Pattern UNTIMED_NUMBER = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?(?!\\d|\\.\\d|"
            + "[- ]?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|am|pm|a\\.m\\.|p\\.m\\.|"
            + "o'clock)\\b)");
    /** "It runs around 120 over 70": a blood pressure reading without its name. */
    private static final Pattern READING = Pattern.compile("\\b\\d{2,3} over \\d{2,3}\\b");
    /** Contact details said aloud ("my email is peter dot…", "my number is…") belong in the chart, not the note. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)\\b(?:e-?mail|phone number|mobile number|"
            + "my (?:number|address) is|dot com|dot co|dot org|postcode|zip code|date of birth|born on|nhs number|"
            + "medical record number)\\b|@");
    private static final Pattern PATIENT_LEAD = Pattern.compile("(?i)^(?:(?:i guess|i mean|to be honest|honestly|"
            + "you know|i would say(?: that)?|i'd say(?: that)?|i have to say(?: that)?|i've got to say|i gotta say|"
            + "like|oh|um|uh|well|hey|hi)[,]?\\s+)+");
    private static final Pattern CLINICIAN_LEAD = Pattern.compile("(?i)^(?:(?:it sounds like|it looks like|"
            + "i know (?:that )?|i see (?:that )?|i understand (?:that )?|i heard (?:that )?|i read (?:that )?|"
            + "so you're saying(?: that)?|you said(?: that)?|you mentioned(?: that)?)\\s*)+");
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:i|i'm|i've|i'd|my|we|we've|it|it's|this|that|"
            + "he|she|he's|she's|they|the pain|you|you've|you're|your)\\b");
    private static final Pattern SMALL_TALK = Pattern.compile("(?i)\\b(?:weather|vacation|holiday|halloween|"
            + "christmas|thanksgiving|birthday|game|team|score|golf|football|baseball|basketball|soccer|movie|show|"
            + "traffic|parking|drive in|grandkids?|grandchildren|wedding|weekend plans|nice to see|good to see|"
            + "how are you|how have you been|thank you|thanks|"
            // "I've just paid one forty-nine a litre for petrol": what things cost
            + "petrol|gasoline|prices?|price of|groceries|mortgage|"
            // "we lost five-three", "they won 2-1": a match's result
            + "(?:lost|won|beat \\w+|drew|tied)\\s+(?:it\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|nil|"
            + "zero)[- ](?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|nil|zero|love))\\b");
    private static final int MAX = 14;
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("(?i)\\b(?:need|take|takes|took|have|had|drink|"
            + "drinks|use|uses|used|like|get|got|try|tried) (?:it|them|those|these)\\b");
    private static final Pattern RELATIVE_FIRST = Pattern.compile("(?i)^(?:(?:and|but|so|yeah|yes|oh|well|um)\\W+)*"
            + "(?:my|our) (?:wife|husband|"
            + "partner|mum|mom|mother|dad|father|brother|sister|son|daughter|friend|neighbou?r|aunt|uncle|cousin|"
            // "my moms like drink cranberry juice": a recogniser drops the possessive's apostrophe
            + "grandmother|grandfather|gran|grandma|grandpa|boss|colleague|coworker)(?:'s|s\\b|\\b)");
    private static final Pattern RELATIVE_HAS = Pattern.compile("(?i)\\b(?:my|our) (?:wife|husband|partner|mum|mom|"
            + "mother|dad|father|brother|sister|son|daughter|aunt|uncle|cousin|gran|grandma|grandpa)"
            + "(?:'s|\\s+(?:has|had|is|was|takes|took|gets|got))\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i'm|i've|i'd|me|my|myself)\\b");
    private static final Pattern NAMED_FIRST = Pattern.compile("^(?!(?:I|It|It's|The|That|There|This|What|Everything|"
            + "Nothing|Something|Anything|Everyone|Nobody|Today|Yesterday|Tonight|Mum|Mom|Dad|Doctor|Dr)\\b)[A-Z][a-z]+"
            + "(?:'s (?:the|on|been|got|always|just)| is| has| was| had| takes| said| says)\\b");
    private static final Pattern SOMEONE_ELSE = Pattern.compile("(?i)\\b(?:he|she|him|her|his|he's|she's|they|them|"
            + "their)\\b");
    /** "It was the left wrist, no, sorry, the right.": told in the structured facts, corrected, not restated. */
    private static final Pattern TAKEN_BACK = Pattern.compile("(?i),\\s*(?:no|sorry|wait)\\b[,.]?\\s*(?:sorry\\b|"
            + "i mean\\b|the (?:left|right|other)\\b|it's\\b|it was\\b|not\\b|\\d)|\\bi mean\\b|\\bscratch that\\b");
    /** "Metformin, 850 twice a day. No, wait, sorry, the 850 is my mom's.": the sentence before is taken back. */
    private static final Pattern NEXT_TAKES_BACK = Pattern.compile("(?i)^\\W*(?:(?:no|oh)\\W+)?(?:wait|sorry|"
            + "scratch that)\\b");

    private static boolean takenBackNext(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        return u.index() + 1 < turn.size() && NEXT_TAKES_BACK.matcher(turn.get(u.index() + 1).text()).find();
    }

    /** An answer that needs its question: "not at rest, only when…", "mostly in the evening", "maybe a little". */
    private static final Pattern FRAGMENT = Pattern.compile("(?i)^(?:not|only|mostly|maybe|probably|sometimes|just|"
            + "about|around|like|kind of|sort of|a little|a bit|pretty|usually|no|yes|yeah|from|for|with|without|"
            + "in|on|at|to|because|since|than|or|and|but|which|what|where|whenever)\\b");
    /** Questions whose answers become a symptom's attributes (site, severity, factors), not sentences. */
    private static final Pattern DETAIL_QUESTION = Pattern.compile("(?i)\\b(?:what makes (?:it|the pain|them) "
            + "(?:worse|better)|where (?:does|is) (?:it|the pain)|how bad|scale of|how long|how often|"
            + "what does (?:it|the pain) feel like|does (?:it|the pain) (?:go|radiate|spread))\\b");
    /** "you mentioned migraine and that reminded me…": the patient answering the clinician's words back. */
    private static final Pattern YOU_SAID = Pattern.compile("(?i)\\byou (?:mentioned|said|asked|brought up)\\b");
    private static final Pattern ALLERGY = Pattern.compile("(?i)\\b(?:allerg\\w*|hives|reaction to)\\b");
    /** A clinician's summary has the patient as subject of a verb: "you fell", "you've had", "your knee gave out". */
    private static final Pattern YOU_DID = Pattern.compile("(?i)\\b(?:you|you've|you're|your [a-z]+)\\s+(?:\\w+\\s+)?"
            + "(?:have|has|had|are|were|was|said|mentioned|fell|hurt|twisted|injured|started|noticed|been|feel|felt|"
            + "take|took|went|came|got|gave|developed|tried|stopped|lost|gained|use|used|live|work|drink|smoke|"
            + "seem|seemed|described|reported|told)\\b");
    /** Words that add nothing to a symptom already listed ("I feel lightheaded every once in a while"). */
    private static final java.util.Set<String> GENERIC = java.util.Set.copyOf(java.util.Arrays.asList(("feel feels "
            + "felt feeling every once while time times lately recently sometimes since getting been have having "
            + "started start still always often usually kinda pretty much more lot lots bad worse better day days "
            + "week weeks month months night nights morning yeah yes think noticed notice last past few couple "
            + "bit little able even though because said say").split(" ")));

    /** "…and that gave him some relief": what helped is part of the story, not a drug's adverse effect. */
    private static final Pattern HELPED = Pattern.compile("(?i)\\b(?:relief|helped|helps|better|worked|works)\\b");

    private NarrativeReader() {
    }

    static List<Narrative> read(Context c, Pronouns p, Historian historian) {
        List<Narrative> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int presenting = ReasonReader.presentingTurn(c);
        for (Utterance u : c.utterances()) {
            if (out.size() >= MAX) {
                break;
            }
            // small-talk numbers hide in the story ("mine was 31 pounds, a monster", "we lost 9 legs to 4"): a
            // number that is neither a time nor a measurement or a dose needs a plainly clinical sentence
            boolean untimed = UNTIMED_NUMBER.matcher(u.text()).find() && !READING.matcher(u.text()).find()
                    && c.vocabulary.find(u.text(), Term.Kind.MEASURE, Term.Kind.DRUG).isEmpty();
            double least = untimed ? NUMBER_RELEVANCE : u.turn() == presenting ? PRESENTING_RELEVANCE : MIN_RELEVANCE;
            if (u.question() || c.part(u) != Part.HISTORY || c.relevance(u) < least
                    || SMALL_TALK.matcher(u.text()).find() || Phases.INTRO.matcher(u.text()).find()
                    || !u.clinician() && DrugEffects.told(c, u, c.dialogue.questionFor(u))
                    && !HELPED.matcher(u.text()).find()) {
                continue; // what a drug did is told once, with the drug ("Stopped X because of nausea.")
            }
            if (ToldElsewhere.of(c, u) || LateRetractions.takenBackNext(c, u)) {
                continue; // told in the medication list, the family or social history, or with the complaint
            }
            Narrative n = sentence(c, u, p, historian);
            if (n != null && seen.add(n.text().toLowerCase(Locale.ROOT))) {
                out.add(n);
            }
        }
        return out;
    }

    private static Narrative sentence(Context c, Utterance u, Pronouns p, Historian historian) {
        String t = u.text();
        Narrative accompanied = Companions.accompanied(c, u, p);
        if (accompanied != null) {
            return accompanied;
        }
        if (t.split("\\s+").length < 5 || !CLAUSE.matcher(t).find() || extraWords(c, t) < 3
                || Phrasing.DANGLING.matcher(t).find()) {
            return null;
        }
        if (t.matches("(?s).*\\d.*") && c.vocabulary.find(t, Term.Kind.values()).isEmpty()) {
            return null;
        }
        String opening = PATIENT_LEAD.matcher(Phrasing.lead(t)).replaceFirst("").toLowerCase(Locale.ROOT);
        if (u.role() == Role.PATIENT && opening.matches("(?s)^(?:he|she|they|his|her|their|he's|she's|they're)\\b.*")) {
            return null;
        }
        // "Crampy, around my belly button.": a description without a verb is the symptom's attributes, not a sentence
        // "Left side, behind my eye." / "Like someone hitting a drum inside my head.": where and what it is like
        if (!u.clinician() && (opening.matches("(?s)^(?!(?:well|so|yeah|yes|no|okay|honestly|actually|and|but)\\b)"
                + "(?:[a-z-]+ ){0,2}[a-z-]+,.*") || t.strip().toLowerCase(Locale.ROOT).matches("(?s)^like (?:a|an|someone|"
                + "somebody|something|being|having)\\b.*")) && !opening.matches("(?s).*\\b(?:is|was|are|were|have|has|had|"
                + "feel|felt|get|got|go|went|do|did|can|can't|started|comes|goes|i'm|it's|i've|that's|there's)\\b.*")) {
            return null;
        }
        if (!u.clinician() && (FRAGMENT.matcher(opening).find() || YOU_SAID.matcher(t).find())
                || ALLERGY.matcher(t).find()
                || IDENTIFIER.matcher(t).find() || TAKEN_BACK.matcher(t).find() || takenBackNext(c, u)
                || ReasonReader.CAME_ABOUT.matcher(t).find() || aboutSomeoneElse(u, opening)) {
            return null;
        }
        Utterance asked = c.dialogue.questionFor(u);
        if (!u.clinician() && asked != null && (DETAIL_QUESTION.matcher(asked.text()).find()
                || AllergyReader.asksAbout(asked))) {
            return null;
        }
        String named = u.clinician() ? null : antecedent(c, asked);
        // "It takes the edge off": a pronoun stands for what the question named, or needs a named thing beside it
        if (!u.clinician() && opening.matches("(?s)^(?:it|it's|that|that's|this|they|those|these)\\b.*")) {
            if (named != null && opening.matches("(?s)^(?:it|it's)\\b.*")) {
                t = Phrasing.lead(t).replaceFirst("(?i)^it's\\b", "the " + named + " is")
                        .replaceFirst("(?i)^it\\b", "the " + named);
            } else if (c.vocabulary.find(t, Term.Kind.SYMPTOM, Term.Kind.CONDITION, Term.Kind.DRUG, Term.Kind.TEST)
                    .isEmpty()) {
                return null; // "It pounds hard, like I can feel it in my throat": a body part does not say what "it" is
            }
        } else if (named != null) {
            // "I stopped it over the summer", asked about the fluticasone: the note names it
            t = t.replaceFirst("(?i)\\b(stopped|started|quit|take|taking|took|using|use|used|tried) it\\b",
                    "$1 the " + named);
        } else if (!u.clinician() && OBJECT_PRONOUN.matcher(t).find() && c.vocabulary.find(t, Term.Kind.SYMPTOM,
                Term.Kind.CONDITION, Term.Kind.DRUG, Term.Kind.TEST).isEmpty()) {
            return null; // "I need it to get through the afternoon": what "it" is was in the question
        }
        String s;
        if (u.clinician()) {
            String x = CLINICIAN_LEAD.matcher(Phrasing.lead(t)).replaceFirst("");
            String lower = x.toLowerCase(Locale.ROOT);
            if (!YOU_DID.matcher(lower).find() || lower.replaceFirst("^(?:no|okay|and|so|then)[, ]+", "").matches(
                    "(?s)^(?:(?:and |so |then |okay )*)(?:have|has|do|does|did|are|is|were|was|any|can|could|will|would|"
                    + "how|what|when|where)\\b.*") || lower.matches("(?s).*\\bin terms of\\b.*")
                    // "generally if you have a chest infection, you would have a wheeze": what is usual, not her story
                    || lower.matches("(?s)^(?:and |so )*(?:generally|usually|normally|typically),? (?:if|when)\\b.*")) {
                return null;
            }
            if (!lower.matches("(?s).*\\b(?:you|your|you've|you're)\\b.*")
                    || lower.matches("(?s).*\\b(?:i|i've|i'm|i'd|i'll|me|my|we|we're|we'll|let's|us|our)\\b.*")
                    || lower.matches("(?s)^[a-z]+,.*")) {
                return null;
            }
            s = ThirdPerson.addressed(x, p);
        } else if (u.role() == Role.COMPANION) {
            if (ownStory(t)) {
                return null; // the wife: "I've got the same thing, my doctor says mine's an overactive bladder"
            }
            s = ThirdPerson.companion(Phrasing.hedges(PATIENT_LEAD.matcher(Phrasing.lead(t)).replaceFirst("")), p,
                    historian.patient() ? "family member" : historian.said());
        } else {
            s = ThirdPerson.patient(Phrasing.hedges(PATIENT_LEAD.matcher(Phrasing.lead(t)).replaceFirst("")), p);
        }
        s = Phrasing.hedges(s).replaceAll("(?i)\\b(?:um|uh|like,)\\s*", "").replaceAll("\\s{2,}", " ").strip()
                .replaceFirst("(?i)^(?:no|nope|yes|yeah),\\s*", "");
        s = StoryClauses.clinical(c, u, Phrasing.finish(s));
        if (s.split("\\s+").length < 4 || BrokenSpeech.garbled(u.text(), s)) {
            return null;
        }
        // "It makes me groggy" written "The hydroxyzine makes her groggy": the question's turn is evidence too
        double confidence = 0.7 * c.relevance(u);
        boolean borrowed = named != null && s.toLowerCase(Locale.ROOT).contains(named)
                && !u.text().toLowerCase(Locale.ROOT).contains(named);
        return new Narrative(s, borrowed ? Support.of(confidence, asked.turn(), u.turn()) : Support.of(confidence,
                u.turn()));
    }

    /** A companion speaking of themselves, not of the patient ("I noticed he was limping" is the patient's). */
    static boolean ownStory(String companionSaid) {
        return FIRST_PERSON.matcher(companionSaid).find() && !SOMEONE_ELSE.matcher(companionSaid).find();
    }

    /**
     * "My wife's had the spinning kind, the vertigo": the patient telling a relative's own story (no "I" or "me"
     * after the relative), not "my wife took my pulse when I'd gone grey".
     */
    private static boolean aboutSomeoneElse(Utterance u, String opening) {
        Matcher m = RELATIVE_FIRST.matcher(opening);
        // "Three years ago, because my mum has an underactive thyroid, she's on levothyroxine": the mum's, said later
        Matcher has = RELATIVE_HAS.matcher(opening);
        // "Gerald's the one with the carrier bag of tablets, he's on amlodipine": a person named, not the patient
        Matcher named = NAMED_FIRST.matcher(u.text());
        // "my sister's been in hospital with a kidney infection, …, and that's what frightened me": her story first
        return u.role() == Role.PATIENT && (m.find() && !FIRST_PERSON.matcher(firstClause(opening.substring(m.end())))
                .find() || has.find() && !FIRST_PERSON.matcher(firstClause(opening.substring(has.end()))).find()
                || named.lookingAt() && !FIRST_PERSON.matcher(u.text().split("[,;]")[0]).find());
    }

    private static String firstClause(String rest) {
        return rest.split("[,;]|\\s(?:and|but|so)\\s", 2)[0];
    }

    /** The drug or test the question asked about ("how is the hydroxyzine working?"), as said. */
    private static String antecedent(Context c, Utterance asked) {
        if (asked == null) {
            return null;
        }
        List<Match> named = c.vocabulary.find(asked.text(), Term.Kind.DRUG, Term.Kind.TEST);
        return named.size() == 1 ? named.get(0).surface().toLowerCase(Locale.ROOT) : null;
    }

    /** Content words beyond symptom and drug names: what the sentence says that a structured fact would not. */
    private static int extraWords(Context c, String text) {
        String rest = text;
        for (Match m : c.vocabulary.find(text, Term.Kind.SYMPTOM, Term.Kind.DRUG)) {
            rest = rest.replace(m.surface(), " ");
        }
        int n = 0;
        for (String w : rest.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (w.length() > 2 && !Words.STOP.contains(w) && !GENERIC.contains(w)) {
                n++;
            }
        }
        return n;
    }

}
