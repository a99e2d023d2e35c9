package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "What runs in your family?" "I have high blood pressure, diabetes and depression": the family's, unless the
 * answer says the patient has it too.
 * "Tell me about his sister." "Hester's fourteen, she was diagnosed with type 1 diabetes…": the answer's "she"
 * is the relative the clinician asked about, not the patient.
 */
final class AskedAbout {

    private static final Pattern TOPIC = Pattern.compile("(?i)(?:\\b(?:about|how(?:'s| is)|what about|and) |^\\W*)(?:his|her|"
            + "your|their) (sister|brother|mother|mom|mum|father|dad|grandmother|grandma|grandfather|grandpa|aunt|"
            + "uncle|cousin|husband|wife|partner|son|daughter)\\b");
    private static final Pattern HAD = Pattern.compile("(?i)\\byour (sister|brother|mother|mom|mum|father|dad|"
            + "grandmother|grandma|grandfather|grandpa|aunt|uncle|cousin|husband|wife|partner|son|daughter) (?:had|has|"
            + "was|is|got)\\b[^.]*\\?\\s*$");
    private static final Pattern THIRD = Pattern.compile("(?i)\\b(?:she|he|her|his|she's|he's)\\b");
    private static final Pattern FIRST = Pattern.compile("(?i)\\b(?:i|i'm|i've|me|my)\\b");
    private static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:runs? in (?:your|the) family|family history|"
            + "(?:any(?:one|body)|anything) (?:else )?in (?:your|the) family|"
            // "are there any illnesses in your family at all?", "any medical conditions in the family?"
            + "any (?:\\w+ )?(?:illness(?:es)?|conditions?|problems?|diseases?) in (?:your|the) family)\\b");
    private static final Pattern SELF = Pattern.compile("(?i)\\b(?:too|also|as well|myself|me too|just me)\\b");

    private AskedAbout() {
    }

    /** The relative the answer speaks of at {@code start} ("she", "her A1c"), or null. */
    static String relative(Context c, Utterance u, int start) {
        if (!u.historySide() || u.index() > 3 || u.turn() < 2) {
            return null;
        }
        List<Utterance> asked = c.dialogue.ofTurn(u.turn() - 1);
        if (asked.isEmpty() || !asked.get(asked.size() - 1).clinician()) {
            return null;
        }
        String question = asked.get(asked.size() - 1).text();
        if (FAMILY.matcher(question).find() && !SELF.matcher(u.text()).find()) {
            return "family";
        }
        Matcher m = TOPIC.matcher(question);
        String before = Negation.clause(u.text().substring(0, Math.max(0, start)));
        // "your brother had heart trouble?" "Ray, yeah. Heart attack at fifty-two": the answer goes on about him
        Matcher had = HAD.matcher(question);
        if (!m.find() && had.find() && !FIRST.matcher(u.text().substring(0, Math.max(0, start))).find()) {
            return Kinship.relation(had.group(1).toLowerCase(Locale.ROOT));
        }
        // "And your mum?" "Rheumatoid arthritis.": the answer names hers, in a word or two
        if (m.find(0) && u.index() == 0 && u.text().split("\\s+").length <= 4 && !FIRST.matcher(u.text()).find()) {
            return Kinship.relation(m.group(1).toLowerCase(Locale.ROOT));
        }
        // "how's your mom doing" "still on dialysis three times a week for her kidneys": the "her" may come after
        if (!m.find(0) || FIRST.matcher(before).find() || !THIRD.matcher(before).find()
                && (!THIRD.matcher(u.text()).find() || FIRST.matcher(u.text()).find())) {
            return null;
        }
        return Kinship.relation(m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * "A stroke, seriously?": a few words saying back what the clinician just told, not a history ("Any
     * diabetes?" "Yes, diabetes." answers a question and stays).
     */
    static boolean echo(Context c, Utterance u, Match m) {
        if (u.clinician() || u.text().split("\\s+").length > 5) {
            return false;
        }
        List<Utterance> before = c.dialogue.ofTurn(u.turn() - 1);
        if (before.isEmpty() || before.stream().anyMatch(Utterance::question)) {
            return false;
        }
        String said = String.join(" ", before.stream().map(Utterance::text).toList());
        return said.toLowerCase(Locale.ROOT).contains(m.surface().toLowerCase(Locale.ROOT));
    }

    private static final Pattern ON_IT = Pattern.compile("(?i)\\b(?:been (?:on|taking|using)|on (?:it|that|them|those)|"
            + "taking (?:it|that|them))\\b");

    /**
     * "How long have you been on it?" "About four years.", "Diphenhydramine, fifty at night. How long for?", "I've
     * been putting the clobetasol on my face." "How often?": asked of a drug, so the answer tells nothing of a symptom.
     */
    static boolean ofADrug(Context c, Utterance q) {
        if (!c.vocabulary.find(Term.Kind.SYMPTOM, q.text()).isEmpty()) {
            return false;
        }
        List<Utterance> turn = c.dialogue.ofTurn(q.turn());
        List<Utterance> told = c.dialogue.ofTurn(q.turn() - 1);
        Utterance before = q.index() > 0 && q.index() <= turn.size() ? turn.get(q.index() - 1)
                : told.isEmpty() ? null : told.get(told.size() - 1);
        return ON_IT.matcher(q.text()).find() || q.text().split("\\s+").length <= 4 && before != null
                && !c.vocabulary.find(Term.Kind.DRUG, before.text()).isEmpty()
                && c.vocabulary.find(Term.Kind.SYMPTOM, before.text()).isEmpty();
    }
}
