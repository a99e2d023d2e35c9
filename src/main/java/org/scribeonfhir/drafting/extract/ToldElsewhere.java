package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/** A sentence of the story another part of the note tells, and so not restated in the HPI. */
final class ToldElsewhere {

    private static final Pattern STRENGTH = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?\\s*(?:mg|mcg|micrograms?|"
            + "milligrams?|units?|ml)\\b");
    private static final Pattern DOSE_CHANGED = Pattern.compile("(?i)\\b(?:put (?:it|me) up|upped it|doubled it|"
            + "halved it|increased it|raised it|lowered it|dropped it|cut it down|put (?:it|me) down|changed it|"
            + "bumped it up|went up to|went down to)\\b");
    /** "four hundred … wait no it was three of them so six hundred": a dose the patient corrects while saying it. */
    private static final Pattern SELF_CORRECTED = Pattern.compile("(?i)\\d[^.?!]*\\b(?:wait,? no|no,? wait|no,? sorry|"
            + "sorry,? no|actually,? no|i mean)\\b[^.?!]*\\d");

    private static final Pattern READ_AT_HOME = Pattern.compile("(?i)\\b(?:took|take|checked|check|measured) "
            + "(?:my|his|her|the) (?:temperature|temp|blood pressure|bp|sugars?|blood sugar|glucose|sats|oxygen)\\b");

    private ToldElsewhere() {
    }

    static boolean of(Context c, Utterance u) {
        boolean drug = !c.vocabulary.find(Term.Kind.DRUG, u.text()).isEmpty();
        // the medication list: "Dr Pellow put it up", "you're on atorvastatin eighty no sorry forty", "four hundred,
        // wait no, six hundred"
        if (!u.clinician() && ((DOSE_CHANGED.matcher(u.text()).find() || StoppedAfter.STOPPED_IT.matcher(u.text())
                .find()) && afterDrugNamed(c, u)
                || (SELF_CORRECTED.matcher(u.text()).find() || MedicationActions.STOPPED.matcher(u.text()).find())
                && drug) || u.clinician() && STRENGTH.matcher(u.text()).find() && drug) {
            return true;
        }
        // "I took my temperature this morning, it was 36.8": the reading, told with the measurements
        if (!u.clinician() && READ_AT_HOME.matcher(u.text()).find() && u.text().matches("(?s).*\\d.*")
                && c.vocabulary.find(Term.Kind.SYMPTOM, u.text()).stream()
                .allMatch(m -> m.term().canonical().equals("fever"))) {
            return true;
        }
        // "I have thyroid problems in the family": the family history's
        if (!u.clinician() && c.conditions(u.text()).stream().anyMatch(m -> ConditionOwner.IN_FAMILY.matcher(
                u.text().substring(m.end())).lookingAt()) && c.vocabulary.find(Term.Kind.SYMPTOM, u.text()).isEmpty()) {
            return true;
        }
        // "how's your mom doing" "still on dialysis…": the mother's story, told in the family history; "round to the
        // back": where the pain spreads, told with the pain; the job, told in the social history
        return !u.clinician() && (AskedAbout.relative(c, u, u.text().length()) != null || DomainAnswers.told(c, u)
                || SymptomAnswers.answersRadiation(c, u) || WhereAnswers.answers(c, u) || Occupation.told(c, u)
                && c.vocabulary.find(Term.Kind.SYMPTOM, u.text()).isEmpty());
    }

    /** The clinician's turn before names a drug: "I've got amlodipine five milligrams once a day." */
    private static boolean afterDrugNamed(Context c, Utterance u) {
        return c.dialogue.ofTurn(u.turn() - 1).stream().anyMatch(x -> x.clinician()
                && !c.vocabulary.find(Term.Kind.DRUG, x.text()).isEmpty());
    }
}
