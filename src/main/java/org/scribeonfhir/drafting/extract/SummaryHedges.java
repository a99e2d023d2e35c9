package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "I didn't black out." (her mother) "The coach said you didn't answer him for ten seconds." … "So: concussion,
 * with possible brief loss of consciousness.": what the patient denied, the clinician's own summary calls possible,
 * after hearing a witness; the note says it as the clinician did ("possible brief loss of consciousness").
 */
final class SummaryHedges {

    // not "probably" or "likely": "it's probably reflux" names a diagnosis, no symptom the patient denied
    private static final Pattern POSSIBLE = Pattern.compile("(?i)\\b(?:possible|possibly|suspected)(?:\\s+(?:an?|"
            + "some))?(?:\\s+(?:brief|short|transient|momentary|mild))?\\s+$");

    private SummaryHedges() {
    }

    static List<Symptom> apply(Context c, List<Symptom> symptoms) {
        List<Symptom> out = new ArrayList<>(symptoms);
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || u.question() || c.part(u) != Part.PLAN) {
                continue;
            }
            for (Match m : LooseSymptoms.find(c.vocabulary, u.text())) {
                java.util.regex.Matcher hedge = POSSIBLE.matcher(u.text().substring(0, m.start()));
                if (!hedge.find()) {
                    continue;
                }
                String said = u.text().substring(hedge.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
                for (int i = 0; i < out.size(); i++) {
                    Symptom s = out.get(i);
                    if (s.presence() == Presence.DENIED && s.name().equals(m.term().canonical())) {
                        out.set(i, new Symptom(s.name(), said, Presence.UNCERTAIN, s.system(), s.onset(),
                                s.duration(), s.site(), s.laterality(), s.character(), s.severity(), s.timing(),
                                s.radiation(), s.aggravating(), s.relieving(),
                                s.support().and(Support.of(s.support().confidence(), u.turn()))));
                    }
                }
            }
        }
        return out;
    }
}
