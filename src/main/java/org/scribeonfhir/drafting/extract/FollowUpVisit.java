package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Reason;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * "So today is your blood pressure and cholesterol follow-up, and I see you wrote your knee on the form": the visit
 * the clinician names, in clinical words ("Follow-up of hypertension and hyperlipidemia"), and a complaint added to
 * it in the same sentence ("; right knee pain").
 */
final class FollowUpVisit {

    private static final Pattern VISIT_OF = Pattern.compile("(?i)\\b(?:today(?:'s| is)|this is|you're here for|"
            + "(?:she's|he's|you are|she is|he is) here for|here for) (?:your|a|the|his|her|their|my) (?:\\d+[- ]"
            + "(?:month|week|year)s?(?: |-))?((?:[a-z]+ ){1,5}?)(?:follow[- ]?up|check[- ]?up|recheck|review|"
            + "check)\\b|"
            // "this is your three-month check on the diabetes, blood pressure and cholesterol, and your labs are back"
            + "\\b(?:today(?:'s| is)|this is|you're here for|here for) (?:your|a|the|his|her|their|my) (?:\\d+[- ]"
            + "(?:month|week|year)s?(?: |-))?(?:follow[- ]?up|check[- ]?up|recheck|review|check) (?:on|of|for) "
            + "(?:the |your |his |her )?([a-z ,]+?)(?=,? and (?:your|the|his|her|we|i)\\b|[.;?]|$)");
    /** What people call a chronic condition when they book its review. */
    private static final Map<String, String> LAY = Map.of("blood pressure", "hypertension", "pressure", "hypertension",
            "cholesterol", "hyperlipidemia", "sugar", "diabetes", "sugars", "diabetes", "blood sugar", "diabetes",
            "diabetes", "diabetes", "mood", "mood");

    private FollowUpVisit() {
    }

    static Reason read(Context c, List<Symptom> symptoms) {
        for (Utterance u : c.utterances()) {
            if (u.turn() > 12) {
                break;
            }
            // "Just here for my sugar check, the three-month one. And I wanted to ask you about my feet.": the patient
            // may name the visit too, and the complaint added in the next sentence
            Matcher m = (u.clinician() || u.historySide()) && !u.question() ? VISIT_OF.matcher(u.text()) : null;
            if (m == null || !m.find()) {
                continue;
            }
            List<String> what = new ArrayList<>();
            String said = m.group(1) != null ? m.group(1) : m.group(2);
            for (String part : said.strip().toLowerCase(Locale.ROOT).split("\\s*(?:,|\\band\\b)\\s*")) {
                if (part.isBlank()) {
                    continue; // "diabetes, and blood pressure"
                }
                String named = named(c, part.strip());
                if (named == null) {
                    return null; // "your annual follow-up", "the paperwork review": not a condition's review
                }
                what.add(named);
            }
            String phrase = "Follow-up of " + (what.size() < 3 ? String.join(" and ", what)
                    : String.join(", ", what.subList(0, what.size() - 1)) + " and " + what.get(what.size() - 1));
            Support support = Support.of(0.85, u.turn());
            String rest = u.text().substring(m.end()) + (u.clinician() ? "" : " " + String.join(" ", c.dialogue
                    .ofTurn(u.turn()).stream().filter(x -> x.index() > u.index()).map(Utterance::text).toList()));
            for (Symptom s : symptoms) {
                if (s.present() && s.site() != null && SymptomSites.named(rest, s.site())) {
                    phrase += "; " + s.sidedName();
                    support = support.and(s.support()).withConfidence(0.85);
                    break;
                }
            }
            return new Reason(phrase, support);
        }
        return null;
    }

    private static String named(Context c, String part) {
        if (part.isEmpty()) {
            return null;
        }
        if (LAY.containsKey(part)) {
            return LAY.get(part);
        }
        List<Match> condition = c.vocabulary.find(Term.Kind.CONDITION, part);
        return condition.size() == 1 && condition.get(0).surface().equalsIgnoreCase(part)
                ? condition.get(0).term().canonical().toLowerCase(Locale.ROOT) : null;
    }
}
