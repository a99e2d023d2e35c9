package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * A drug named that is no mention of the patient's medicine: allergy talk, someone else's, a level or a rate, a step
 * for later, a question asking for it, options not yet chosen, a hypothetical.
 */
final class NoMention {

    private static final Pattern OPTIONS = Pattern.compile("(?i)\\b(?:(?:a few|two|three|several|some|other|"
            + "your|the) options|options (?:are|would be)|the choices are|one option is)\\b");

    /** "a muscle relaxant, something like diazepam", "things like cetirizine": an example of a class, not an order. */
    private static final Pattern EXAMPLE = Pattern.compile("(?i)\\b(?:(?:something|things|stuff|anything|ones?) "
            + "like|such as)\\s+(?:an? |the )?$");

    /** "I'll give you something like fexofenadine, one a day": the example is what is given. */
    private static final Pattern GIVING = Pattern.compile("(?i)\\b(?:i'll|i will|i'm going to|we'll|we will|let's|"
            + "i'd like to)\\s+(?:\\w+\\s+){0,2}?(?:give|prescribe|start|put|send|try|get)\\b|\\bi(?:'d| would)? "
            + "(?:suggest|recommend|advise)\\b");

    private static final Pattern RESISTANT = Pattern.compile("(?i)\\b(?:resistant|resistance|not sensitive) to "
            + "(?:the )?$");

    private static final Pattern ASKS_FOR = Pattern.compile("(?i)\\b(?:what about|how about|(?:could|can|should|may) "
            + "(?:i|she|he|we) "
            + "(?:not )?(?:just )?(?:get|have|try|take|use|give|go back on|restart|start)|would (?:a|an|some) |"
            + "is there|is it (?:ok|okay|alright|"
            + "all right|safe) to (?:take|use))\\b");

    private static final Pattern IRRIGATION = Pattern.compile("(?i)\\b(?:irrigat\\w*|wash(?:ed|ing)? out|"
            + "flush(?:ed|ing)?|clean(?:ed|ing)?)\\b[^.;]{0,40}\\b(?:wounds?|cuts?|bites?|lacerations?|scratch|graze|"
            + "forearm|abscess)\\b|\\birrigation done\\b");
    private static final Pattern PRN_IF = Pattern.compile("(?i)\\bif (?:needed|required|necessary)\\b");
    private static final Pattern ALLERGY_NEXT = Pattern.compile("(?i)\\s*(?:allergy|allergies|reaction|intolerance)\\b");

    /** "his vancomycin level", "nicotine dependence": the drug named in a lab or a condition, not the drug given. */
    /** "Bloods: thyroid function again, and I'll add cholesterol, vitamin D and a coeliac screen": tests listed. */
    private static final Pattern TEST_LIST = Pattern.compile("(?i)^\\W*(?:bloods?|blood tests?|labs?|tests?)\\s*:");
    private static final Pattern DRUG_LEVEL = Pattern.compile("(?i)[\\s-]*(?:(?:blood |serum )?(?:levels?|troughs?|"
            + "peaks?|concentrations?|studies|panel|stores?)|dependence|dependency|addiction|use disorder|withdrawal|"
            + "abuse|toxicity|deficiency|absorption|overload|rich)\\b"); // "Ferritin, the iron store, 6"

    /** "a diet low in iron": what food holds, not what is taken. */
    private static final Pattern IN_FOOD = Pattern.compile("(?i)\\b(?:low|rich|high|poor|deficient) in\\s+$");

    /** "a blood test for calcium", "check your vitamin D level": what the test measures, not what is taken. */
    private static final Pattern TESTED = Pattern.compile("(?i)\\b(?:(?:tests?|testing|levels?) (?:for|of|on)|checks? "
            + "(?:for|of)) (?:your |the |her |his |a )?$");

    /** "The adrenaline they gave you reverses that quickly": what was given elsewhere, explained, no order. */
    private static final Pattern THEY_GAVE = Pattern.compile("(?i)^\\s+(?:that )?(?:they|the (?:hospital|ambulance|"
            + "paramedics|ed|er)) (?:gave|used|injected|put in)\\b");

    /** "The tramadol, hold it while you're on the chlordiazepoxide": when, not what is ordered. */
    private static final Pattern WHILE_ON = Pattern.compile("(?i)\\b(?:while|whilst|as long as|until) (?:you're|you "
            + "are|he's|she's|he is|she is|you)(?: still)? (?:on|taking|using|finished with|done with|off) (?:the |your "
            + "|his |her )?$");

    private static final Pattern IF_THEN = Pattern.compile("(?i)\\bif\\b[^,.;?]{0,60}\\b(?:we'll|i'll|we will|i will)"
            + "\\s+(?:start|give|prescribe|add|try)\\s+(?:you\\s+(?:on\\s+)?)?$");

    private NoMention() {
    }

    /** "…and we'll check your B6 level": the drug named only as a level to measure. */
    static boolean levelOnly(String text, Match d) {
        return DRUG_LEVEL.matcher(text.substring(d.end())).lookingAt() || TESTED.matcher(text.substring(0, d.start()))
                .find() || IN_FOOD.matcher(text.substring(0, d.start())).find()
                || BESIDE.matcher(text.substring(0, d.start())).find();
    }

    /** "Actually, make that 400, …, that's plenty with the acetaminophen": the other drug named to weigh this dose. */
    private static final java.util.regex.Pattern BESIDE = java.util.regex.Pattern.compile("(?i)\\b(?:plenty|enough|"
            + "fine|okay|ok|safe) (?:together )?(?:with|alongside|on top of) (?:the|your|his|her) $");

    /** Whether the drug at {@code d}, in the words {@code from}…{@code to} of the sentence, names no medicine taken. */
    static boolean of(Context c, Utterance u, Match d, String before, int from, int to) {
        String text = u.text();
        String window = text.substring(from, to);
        // a clinician's "because of the amoxicillin allergy, we'll use cefdinir": only the allergen is in allergy talk
        String sameClause = before.substring(before.lastIndexOf(',') + 1);
        // "i stopped the pill back in july it was making my skin break out": stopped for a side effect, no allergy
        boolean stopped = MedicationActions.stoppedBefore(before);
        if (AllergyReader.DRUG_CONTEXT.matcher(AllergyTreatments.withoutIndication(window)).find() && !u.clinician()
                && !stopped || u.clinician()
                && (AllergyReader.talkBefore(sameClause) || ALLERGY_NEXT.matcher(text.substring(d.end())).lookingAt())) {
            return true;
        }
        if (!Attribution.of(u, d.start()).equals(Attribution.PATIENT) || Attribution.otherSex(u, before, c.gender())
                || Kinship.namedTaker(text.substring(0, d.start()), text.substring(d.end()), c::personName)
                || DRUG_LEVEL.matcher(text.substring(d.end())).lookingAt() || SpokenDoses.insideRate(text, d)
                || TESTED.matcher(text.substring(0, d.start())).find() || TEST_LIST.matcher(text).find()
                || u.clinician() && THEY_GAVE.matcher(text.substring(d.end())).lookingAt()
                || u.clinician() && WHILE_ON.matcher(text.substring(0, d.start())).find()
                || Nutrients.notTaken(d, text.substring(0, d.start()), text.substring(d.end()))) {
            return true;
        }
        if (AnswerTopic.family(c, u) || IRRIGATION.matcher(text).find() && d.term() != null
                && d.term().canonical().equals("sodium chloride")) {
            return true; // "Kelsey's irrigating the wounds with 500 mL of saline": a wound washed, no drug given
        }
        String afterClause = text.substring(d.end(), to);
        if (u.clinician() && LaterSteps.of(afterClause, before, text.substring(0, d.start()),
                d.surface().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!u.clinician() && ((u.question() || MedicationActions.asking(before)) && ASKS_FOR.matcher(before).find()
                || MedicationActions.notTaken(text, before)
                || MedicationActions.askedAfter(text.substring(d.end()), u.question()))) {
            return true; // "what about a cortisone injection?", "nitro what, sorry", "I was going to try Imodium"
        }
        // "…let's talk about my assessment and plan … continue your aspirin": only the words leading to the drug
        String near = Words.last(before, 8);
        if (u.clinician() && (OPTIONS.matcher(text.substring(0, d.start())).find()
                || RESISTANT.matcher(before).find()
                || EXAMPLE.matcher(before).find() && !GIVING.matcher(before).find()
                && !MedicationMentions.GIVEN_AFTER.matcher(text.substring(d.end())).lookingAt())) {
            // "there are a few options: … or try a different one like citalopram or …": not chosen yet; "the bugs are
            // resistant to trimethoprim": the reason it is not given
            return true;
        }
        // "…and if the iron is low we'll start ferrous sulphate": the "if" is said before the word "iron" (a drug too)
        // "…the Calpol, 7.5 mL every 6 hours if needed, and the ibuprofen…": the last drug's "as needed", no "if"
        before = PRN_IF.matcher(before).replaceAll(" ");
        if (SymptomReader.HYPOTHETICAL.matcher(before).find() || IF_THEN.matcher(text.substring(0, d.start())).find()
                || near.toLowerCase(Locale.ROOT)
                .matches(".*\\b(?:might|could|may|consider|option|possibly|maybe|down the road|eventually|talk about|"
                + "discuss|next visit|some people|people who)\\b.*") || ActionAfter.mightNeed(before)) {
            return true;
        }
        return false;
    }
}
