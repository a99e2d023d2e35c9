package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * Symptoms told as what a drug did before it was stopped ("I quit that back in March. I was getting shaky and
 * sweaty before lunch") or in answer to a question about side effects ("Any side effects?" "Some nausea the first
 * week, that's gone."): the drug's effects, not complaints of this visit.
 */
final class StoppedDrugs {

    private static final Pattern ASKS_EFFECTS = Pattern.compile("(?i)\\bside[- ]effects?\\b");
    private static final Pattern STOPPED = Pattern.compile("(?i)\\b(?:stopped|quit|came off|come off|ran out of|"
            + "took (?:me|him|her) off|knocked (?:it|them|that) on the head|gave up on)\\b");
    private static final Pattern REDUCED = Pattern.compile("(?i)\\b(?:cut|halved|reduced|lowered|dropped) (?:it|that|"
            + "the dose)\\b");
    /** Told in the past: "I was getting", "I got the shakes", "I'd get all shaky", "I felt so groggy". */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|had|got|felt|used to|kept|made|gave|"
            + "caused|(?:i|he|she|it|they|we) (?:\\w+ly )?\\w+ed)\\b|'d\\b");
    /** "I stopped that", "I took three and stopped.": the drug said before. */
    private static final Pattern IT = Pattern.compile("(?i)\\s+(?:taking\\s+)?(?:((?:it|that|them|those|these|this)"
            + "\\b)|((?:the|my|his|her) " + DrugEffects.DRUG_NOUN + "\\b))|\\s*(?:[.,;!]|$)");
    private static final Pattern PRESCRIBED = Pattern.compile("(?i)\\b(?:gave|prescribed|put|started) (?:me|him|her|"
            + "us) (?:on )?");
    private static final Pattern NOW = Pattern.compile("(?i)\\b(?:still|now|these days|at the moment|currently|"
            + "lately|recently|am|i'm|is|are|has been|have been|i've been|keeps?)\\b");

    private StoppedDrugs() {
    }

    /** The drug whose effects the sentence tells ("" when which drug was not said), or null. */
    static String effectOf(Context c, Utterance u, Utterance asked) {
        // "the cetirizine for her hay fever": no fever
        List<org.scribeonfhir.drafting.lexicon.Match> symptoms = u.clinician() ? List.of()
                : c.vocabulary.find(Term.Kind.SYMPTOM, u.text()).stream().filter(m -> !c.inCondition(u.text(), m))
                .toList();
        if (symptoms.isEmpty()) {
            return null;
        }
        if (asked != null && asked.clinician() && ASKS_EFFECTS.matcher(asked.text()).find()) {
            String drug = DrugEffects.named(c, asked);
            drug = drug != null ? drug : DrugEffects.recent(c, u);
            return drug != null ? drug : "";
        }
        // "the hot flushes had calmed down", "a dizzy spell, and the GP gave me betahistine": what the drug was for;
        // "no, never passed out": a denial stays a denial
        String text = u.text();
        if (!symptoms.stream().allMatch(m -> past(text, m)
                && !Negation.gone(text, m.end()) && !PRESCRIBED.matcher(text).find(m.end())
                && !NotComplaints.FOR_IT.matcher(text.substring(0, m.start())).find()
                && Negation.of(text, m.start(), m.end()) == Presence.PRESENT)) {
            return null;
        }
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        for (int i = 0; i < turn.size(); i++) {
            java.util.regex.Matcher stop = STOPPED.matcher(turn.get(i).text());
            if (stop.find()) {
                return stoppedDrug(c, turn, i, stop.end(), asked, u);
            }
            // "Not the carvedilol twelve and a half. Dr. Felsham cut it last month, he was dizzy": lowered for it
            if (REDUCED.matcher(turn.get(i).text()).find()) {
                String drug = null;
                for (int j = i; j >= 0 && drug == null; j--) {
                    drug = DrugEffects.lastDrug(c, turn.get(j));
                }
                return drug;
            }
        }
        return null;
    }

    /**
     * The drug "I stopped …" names, or the one "that" stands for: said before in the turn, asked, or just talked of;
     * "" for "the pill" when none was named. "I was walking up the hill, got chest pain, and stopped.": no drug.
     */
    private static String stoppedDrug(Context c, List<Utterance> turn, int at, int end, Utterance asked, Utterance u) {
        String drug = DrugEffects.lastDrug(c, turn.get(at));
        java.util.regex.Matcher it = IT.matcher(turn.get(at).text().substring(end));
        if (drug != null || !it.lookingAt()) {
            return drug; // "I came off a bouldering problem": no drug at all
        }
        for (int i = at - 1; i >= 0 && drug == null; i--) {
            drug = DrugEffects.lastDrug(c, turn.get(i)); // "So, the glipizide. I stopped that about a month ago."
        }
        long named = asked == null ? 0 : c.vocabulary.find(Term.Kind.DRUG, asked.text()).size();
        drug = drug != null ? drug : named == 1 ? DrugEffects.lastDrug(c, asked) : named > 1 ? "" : null;
        if (drug != null || it.group(1) == null && it.group(2) == null) {
            return drug;
        }
        drug = DrugEffects.recent(c, u);
        return drug != null ? drug : it.group(2) != null ? "" : null;
    }

    /** Told in the past where it is said: "I'm at the desk all day and I was running to the bathroom". */
    private static boolean past(String text, org.scribeonfhir.drafting.lexicon.Match m) {
        // "I actually nodded off", "my legs were aching": the symptom's own words may tell the time
        String before = text.substring(0, m.end());
        return last(PAST, before) > last(NOW, before);
    }

    private static int last(Pattern p, String text) {
        java.util.regex.Matcher m = p.matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }
}
