package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * Relatives by name ("mom" is the mother), which of them are blood relatives, and whose relative a companion names:
 * "My sister's daughter had kidney reflux", said by the patient's mother, is the patient's cousin, not niece; a
 * spouse's own family is no blood relative of the patient's.
 */
final class Kinship {

    private Kinship() {
    }

    /**
     * @param speaker  the companion's label ("parent", "mother", "spouse"…), or null
     * @param relation the relation as the companion said it, normalised ("sister", "niece")
     */
    static String toPatient(String speaker, String relation) {
        String who = speaker == null ? "" : speaker.toLowerCase(Locale.ROOT);
        if (who.matches("parent|mother|father|mom|mum|dad|guardian")) {
            return switch (relation) {
                case "mother" -> "grandmother";
                case "father" -> "grandfather";
                case "parents" -> "grandparents";
                case "sister" -> "aunt";
                case "brother" -> "uncle";
                case "niece", "nephew" -> "cousin";
                case "husband", "wife", "partner" -> "parent";
                default -> relation;
            };
        }
        if (childOfPatient(who)) {
            return switch (relation) {
                case "mother", "father" -> "speaker's " + relation; // the patient or the patient's spouse
                case "sister" -> "daughter";
                case "brother" -> "son";
                case "grandmother", "grandfather", "aunt", "uncle", "cousin" -> "speaker's " + relation;
                default -> relation;
            };
        }
        if (who.matches("spouse|wife|husband|partner")) {
            return switch (relation) {
                case "mother", "father", "parents", "sister", "brother", "niece", "nephew", "aunt", "uncle", "cousin",
                        "grandmother", "grandfather" -> "spouse's " + relation;
                default -> relation;
            };
        }
        return relation;
    }

    /**
     * Whether the relative named after {@code lead} is the speaker's own: "My own father had a heart attack", and a
     * daughter's bare "Mum had Alzheimer's".
     */
    static boolean speakers(String speaker, String lead, String relation) {
        return lead.matches("(?is).*\\bmy\\s+(?:own\\s+)?(?:(?:older|younger|little|big)\\s+)?$")
                || childOfPatient(speaker) && relation.matches("mother|father")
                && !lead.matches("(?is).*\\b(?:the|his|her|your|their|our|a|an|whose)\\s+$");
    }

    /** A companion who is the patient's child: their "Mum" is the patient or the patient's spouse. */
    static boolean childOfPatient(String speaker) {
        return speaker != null && speaker.toLowerCase(Locale.ROOT).matches("daughter|son|child|stepdaughter|stepson");
    }

    /**
     * A child's "Mum" or "Dad" resolved with the patient's sex: the patient when it matches ("Dad had a stroke", said
     * of the father being seen), else the patient's spouse, no blood relative ("Mum had Alzheimer's at the end").
     */
    static String parentOfSpeaker(Context c, String whose) {
        if (!whose.matches("speaker's (?:mother|father)")) {
            return whose;
        }
        String sex = c.gender();
        String parent = whose.endsWith("mother") ? "female" : "male";
        return parent.equals(sex) ? Attribution.PATIENT : "spouse";
    }

    private static final Pattern TAKER = Pattern.compile("^\\s*(?:does|did|is|has) ([A-Z][a-z]+) (?:still )?(?:take|"
            + "taking|use|using|on|been)\\b");

    private static final Pattern PETS = Pattern.compile("(?i)\\b(?:dog|cat|puppy|kitten|pet|horse)\\b[^.;]{0,30}"
            + "\\b(?:takes|is on|gets|'s on|has been on)\\s+(?:\\w+\\s+)?$");

    /**
     * "How much Keppra does Jonas take?": someone named, not the patient, takes the drug; "our dog, Biscuit, takes
     * phenobarbital for her seizures": a pet does.
     */
    static boolean namedTaker(String before, String after, java.util.function.Predicate<String> patientsName) {
        Matcher m = TAKER.matcher(after);
        Matcher owner = OWNER_AFTER.matcher(after);
        Matcher named = OWNER_BEFORE.matcher(before);
        return m.find() && !patientsName.test(m.group(1)) || PETS.matcher(before).find()
                || owner.lookingAt() && (owner.group(1) == null || !patientsName.test(owner.group(1)))
                || named.find() && (named.group(1) == null || !patientsName.test(named.group(1)));
    }

    /** Capitalised words before "'s" that own nothing: "It's amoxicillin", "Children's Tylenol". */
    private static final String NOT_OWNERS = "(?:It|That|This|He|She|What|There|Here|Who|Let|Where|How|When|Today|"
            + "Tonight|Tomorrow|Yesterday|Everyone|Everybody|Nobody|Somebody|Someone|Children|Women|Men|Mum|Mom|Dad|"
            + "Baby)\\b";

    /** "her husband's", "your son-in-law's": a relative as the owner. */
    private static final String RELATIVE_OWNER = "(?:your|his|her|my|our|their) (?:older |younger |little |big )?"
            + "(?:" + Kinship.RELATIVES + "|son-in-law|daughter-in-law)'s";

    /** "the warfarin is Walter's, not yours", "the inhaler is her brother's": the drug is someone else's. */
    private static final Pattern OWNER_AFTER = Pattern.compile("^\\s*(?:is|'s|are|belongs to) (?:(?!" + NOT_OWNERS + ")"
            + "([A-Z][a-z]+)(?:'s\\b|\\b(?=,? not\\b))|" + RELATIVE_OWNER + "\\b)");
    /** "Marcus's steroid cream", "her husband's warfarin": the owner named before the drug. */
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?:\\b(?!" + NOT_OWNERS + ")([A-Z][a-z]+)'s|"
            + "(?i:\\b" + RELATIVE_OWNER + ")) (?:[\\w-]+ )?$");

    /** The people a reply hands something to ("that's my brother", "no, sorry, her mother"), as a regex group. */
    static final String RELATIVES = "(?:wife|husband|partner|mom|mum|mother|dad|father|sister|brother|son|daughter|"
            + "gran|grandma|granny|grandmother|grandfather|grandpa|aunt|uncle|cousin|niece|nephew)";

    /** "mom" → "mother", "grandpa" → "grandfather". */
    static String relation(String said) {
        String s = said.toLowerCase(Locale.ROOT).replaceAll("^(?:older|younger|little|big) ", "");
        return switch (s) {
            case "mom", "mum", "mama", "mam", "mammy", "mommy", "mummy" -> "mother";
            case "dad", "papa", "daddy" -> "father";
            case "grandma", "granny", "gran", "nana", "nanna", "nan" -> "grandmother";
            case "grandpa", "grandad", "granddad", "gramps" -> "grandfather";
            case "co-worker", "co-workers", "coworkers" -> "coworker";
            case "kids", "kid", "children" -> "child";
            case "grandkid", "grandkids", "grandchildren", "grandsons", "granddaughters" -> "grandchild";
            case "sister's boy", "sister's son", "brother's boy", "brother's son" -> "nephew";
            case "sister's girl", "sister's daughter", "brother's girl", "brother's daughter" -> "niece";
            case "mother's sister", "mom's sister", "mum's sister" -> "maternal aunt";
            case "mother's brother", "mom's brother", "mum's brother" -> "maternal uncle";
            case "father's sister", "dad's sister" -> "paternal aunt";
            case "father's brother", "dad's brother" -> "paternal uncle";
            default -> s;
        };
    }

    /** Blood relatives, whose conditions are family history (not a spouse, friend or coworker). */
    static boolean bloodRelative(String relation) {
        return relation.matches("mother|father|brother|sister|siblings?|grandmother|grandfather|grandparents?|"
                + "(?:maternal |paternal )?(?:aunt|uncle)|"
                + "uncle|cousin|niece|nephew|son|daughter|child|parents|family|relatives?");
    }

    /** "My brother has been having similar symptoms for a few days": a sick contact, or null. */
    static HistoryItem sickContact(Utterance u) {
        Matcher m = OTHERS_TOO.matcher(u.text());
        if (!m.lookingAt() || !SAME_ILLNESS.matcher(u.text()).find()) {
            return null;
        }
        return new HistoryItem("contacts", relation(m.group(1)) + " with similar symptoms", null,
                Support.of(0.7, u.turn()));
    }

    private static final Pattern SAME_ILLNESS = Pattern.compile("(?i)\\b(?:similar "
            + "symptoms|the same (?:thing|symptoms|bug|illness)|(?:got|had|has|having) (?:it|this|that) too)\\b");

    /** "My brother has been having similar symptoms…": a sentence about someone else, from its first words. */
    static boolean othersSubject(String text) {
        return OTHERS_TOO.matcher(text).lookingAt();
    }

    private static final Pattern OTHERS_TOO = Pattern.compile("(?i)^\\W*(?:(?:and|"
            + "but|so|also|well)\\W+)*(?:my|his|her|our) ((?:little |big |older |younger )?(?:brother|sister|mum|"
            + "mom|mother|dad|father|husband|wife|son|daughter|friend|partner|kids?|children|cousin|colleague|flatmate|"
            + "roommate))s? (?:has|had|is|was|'s|have|got|gets)\\b");
}
