package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/** The history as the clinician states it: a summary of the patient's ("a history of…") or a relative's, restated. */
final class ClinicianHistory {

    /** "She has a past medical history of uterine fibroids and anemia": the clinician's summary of the history. */
    private static final Pattern HISTORY_OF = Pattern.compile("(?i)\\b(?:(?:past )?medical history (?:of|is significant "
            + "for|significant for|includes)|(?:she|he|you|they) (?:has|have) (?:a )?(?:known )?history of|pmh (?:of|is))\\b");

    /** "You mentioned you had asthma, are you using any inhalers?": told before, restated even in a question. */
    private static final Pattern MENTIONED = Pattern.compile("(?i)\\byou (?:mentioned|said|told me)(?: that)? you"
            + "(?:'ve| have)? (?:had|have|got|suffer from)\\b");

    private ClinicianHistory() {
    }

    /** "Last time you told me your sister has bipolar disorder": the clinician restating the family history. */
    static void restated(Context c, Utterance u, List<HistoryItem> out) {
        String text = u.text();
        for (Match m : c.vocabulary.find(Term.Kind.CONDITION, text)) {
            String whose = Attribution.of(u, m.start());
            String before = Negation.clause(text.substring(0, m.start())).toLowerCase(Locale.ROOT);
            if (Kinship.bloodRelative(whose) && before.matches("(?s).*\\byour\\b.*")
                    && !before.matches("(?s).*\\b(?:my|our|if|whether)\\b.*")
                    && Negation.of(text, m.start(), m.end()) == Presence.PRESENT) {
                HistoryReader.add(out, new HistoryItem("family", m.term().canonical(), whose,
                        Support.of(0.75, u.turn())));
            }
        }
    }

    /** "She has a past medical history of asthma": the conditions the clinician's summary names. */
    static void summarized(Context c, Utterance u, List<HistoryItem> out) {
        Matcher cue = HISTORY_OF.matcher(u.text());
        if ((u.question() || !cue.find()) && !(cue = MENTIONED.matcher(u.text())).find()) {
            return; // "do you have a history of asthma?" asks; only "you mentioned you had…" restates in a question
        }
        String text = u.text();
        for (Match m : c.vocabulary.find(Term.Kind.CONDITION, text)) {
            if (m.start() >= cue.end() && Negation.of(text, m.start(), m.end()) == Presence.PRESENT
                    && Attribution.of(u, m.start()).equals(Attribution.PATIENT)) {
                HistoryReader.add(out, new HistoryItem("medical", m.term().canonical(), null,
                        Support.of(0.8, u.turn())));
            }
        }
    }
}
