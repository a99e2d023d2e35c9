package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.model.ClinicalEntity;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * The drugs a sentence names: the lexicon's, and those only the entity head found when they look like a drug name
 * ("-pril", "-statin") and are no symptom, condition, chemical of the body or person greeted in the visit.
 */
final class DrugNames {

    private static final Pattern DRUG_SHAPE = Pattern.compile("(?i)^[a-z]+(?:pril|olol|statin|sartan|dipine|zole|"
            + "cillin|mycin|cycline|floxacin|tidine|triptan|lukast|gliptin|gliflozin|glutide|formin|azepam|zolam|"
            + "oxetine|aline|triptyline|pine|done|mab|nib|parin|xaban|gatran|olone|sone|profen|coxib|fenac|azine|"
            + "semide|thiazide|actone|terol|sonide|asone|vir|idine|amine|ine)$");
    /** What the entity head calls a chemical but a note does not list as a medication. */
    private static final java.util.Set<String> NOT_DRUGS = java.util.Set.of("caffeine", "nicotine", "alcohol", "cocaine",
            "morphine-like", "chlorine", "iodine", "histamine", "dopamine", "serotonin", "adrenaline", "creatinine",
            "protein", "glucose", "cholesterol");

    private DrugNames() {
    }

    /** The lexicon's drugs of the sentence and the entity head's medications shaped like a drug name, in order. */
    static List<Match> in(Context c, Utterance u) {
        List<Match> found = new ArrayList<>(c.vocabulary.find(Term.Kind.DRUG, u.text()));
        for (ClinicalEntity e : c.entities(u)) {
            if (!e.type().equals("MEDICATION") || e.text().length() < 5) {
                continue;
            }
            String surface = u.text().substring(e.start(), e.end());
            boolean known = found.stream().anyMatch(m -> m.start() < e.end() && e.start() < m.end());
            if (!known && DRUG_SHAPE.matcher(surface).matches() && !NOT_DRUGS.contains(surface.toLowerCase(Locale.ROOT))
                    && c.vocabulary.lookup(Term.Kind.SYMPTOM, surface) == null
                    && c.vocabulary.lookup(Term.Kind.CONDITION, surface) == null && !c.personName(surface)) {
                found.add(new Match(null, e.start(), e.end(), surface));
            }
        }
        for (VisitAliases.Alias alias : c.aliases()) {
            java.util.regex.Matcher said = alias.said().matcher(u.text());
            while (said.find()) {
                int at = said.start();
                if (found.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                    found.add(new Match(alias.drug(), said.start(), said.end(), said.group()));
                }
            }
        }
        java.util.regex.Matcher pill = THE_PILL.matcher(u.text());
        Term pills = pill.find() && found.stream().noneMatch(m -> m.start() < pill.end() && pill.start() < m.end())
                ? chartsPill(c) : null;
        if (pills != null) {
            found.add(new Match(pills, pill.start(), pill.end(), pill.group()));
        }
        // "a progestogen-only pill, desogestrel seventy-five micrograms": the drug, not also its class
        found.removeIf(m -> m.term() != null && m.term().canonical().equalsIgnoreCase(m.term().group())
                && found.stream().anyMatch(x -> x != m && x.term() != null
                && !x.term().canonical().equalsIgnoreCase(x.term().group())
                && x.term().group().equalsIgnoreCase(m.term().group())));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** "I stopped the pill back in July": the contraceptive pill the chart lists, when it lists one. */
    private static final Pattern THE_PILL = Pattern.compile("(?i)\\b(?:the|my|her|your) pill\\b(?! (?:for|to|that|which|"
            + "box|bottle|organi[sz]er)\\b)");

    private static final Pattern ESTROGEN = Pattern.compile("(?i)\\bethinyl ?estradiol\\b");

    private static Term chartsPill(Context c) {
        if (c.chart == null) {
            return null;
        }
        Term pill = c.vocabulary.lookup(Term.Kind.DRUG, "combined oral contraceptive");
        for (var f : c.chart.medications()) {
            String label = f.label() == null ? "" : f.label();
            // "Norgestimate-ethinyl estradiol 0.25 mg/0.035 mg oral tablet": the components name the pill too
            if (ESTROGEN.matcher(label).find() || c.vocabulary.find(Term.Kind.DRUG, label).stream()
                    .anyMatch(m -> m.term().group().equalsIgnoreCase("combined oral contraceptive"))) {
                return pill;
            }
        }
        return null;
    }
}
