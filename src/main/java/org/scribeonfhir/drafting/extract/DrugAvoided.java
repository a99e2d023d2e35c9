package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Pronouns;

/**
 * "I'd avoid Imodium while you have a fever", "I'd rather you didn't take loperamide for now": a drug the patient is
 * told not to take, as counselling ("Advised to avoid Imodium (loperamide) while she has a fever.").
 */
final class DrugAvoided {

    /** The words just before the drug that tell the patient not to take it. */
    private static final Pattern AVOID = Pattern.compile("(?i)\\b(?:avoid|steer clear of|stay off|keep off|hold off on|"
            + "rather you didn't (?:take|use|have)|rather you did not (?:take|use|have)|(?:don't|do not|shouldn't|"
            + "should not|mustn't|must not) (?:take|use|have))\\s+(?:the |any |taking |using )?$");
    /** What the advice holds for, said after the drug. */
    private static final Pattern WHILE = Pattern.compile("(?i)^(?:,?\\s*none of (?:those|these|them)(?: \\w+)?)?"
            + "\\s*(?<tail>for now|while [^,.;]+|until [^,.;]+|"
            + "with [^,.;]+|during [^,.;]+|unless [^,.;]+)");
    /** "if it hurts, don't take…": a condition said first makes the advice what may come. */
    private static final Pattern CONDITION_FIRST = Pattern.compile("(?i)^\\W*(?:and |so |but )?"
            + "(?:if|unless|should)\\b");

    /** A dose right after the drug (spoken numbers are digits by now). */
    private static final Pattern DOSE_NEXT = Pattern.compile("\\s*\\d");

    private DrugAvoided() {
    }

    private static String name(Match m) {
        String surface = m.surface().toLowerCase(Locale.ROOT);
        return m.term() == null ? surface : Medication.label(surface, m.term().canonical());
    }

    /** The counselling line, or null when the sentence tells the patient to avoid no drug. */
    static String of(Context c, Utterance u, Pronouns p) {
        String t = u.text();
        if (CONDITION_FIRST.matcher(t).find()) {
            return null;
        }
        List<Match> drugs = c.vocabulary.find(Term.Kind.DRUG, t);
        for (Match m : drugs) {
            Matcher verb = AVOID.matcher(t.substring(0, m.start()));
            // "So, no ibuprofen, no Brufen, none of those painkillers while you're on lithium": a ban said as "no"
            boolean banned = DrugBans.banned(u, t.substring(0, m.start()));
            if (!banned && !verb.find() || ActionAfter.site(t.substring(m.end()))) {
                continue; // "don't use the Eumovate on her face": where it goes, not that it is avoided
            }
            // "stay off the omeprazole": a drug stopped before, to stay stopped
            String advice = !banned && verb.group().toLowerCase(Locale.ROOT).matches("(?:stay|keep) off.*")
                    ? "stay off" : "avoid";
            // "avoid ibuprofen and naproxen": every drug of the list
            List<String> names = new java.util.ArrayList<>(List.of(name(m)));
            int end = m.end();
            for (Match next : drugs.subList(drugs.indexOf(m) + 1, drugs.size())) {
                // "stay off the sertraline, mirtazapine fifteen at night": a drug with its own dose is another item
                if (!t.substring(end, next.start()).matches("(?i)\\s*(?:,|,? and|,? or)\\s*(?:the |any |no )?")
                        || DOSE_NEXT.matcher(t).region(next.end(), t.length()).lookingAt()) {
                    break;
                }
                if (drugs.subList(0, drugs.indexOf(next)).stream().noneMatch(x -> x.term() == next.term())) {
                    names.add(name(next)); // "no ibuprofen, no Brufen": one drug by two names
                }
                end = next.end();
            }
            String last = names.remove(names.size() - 1);
            String name = names.isEmpty() ? last
                    : String.join(", ", names) + (names.size() > 1 ? "," : "") + " or " + last;
            Matcher w = WHILE.matcher(t.substring(end));
            String said = w.find() ? w.group("tail").strip() : "";
            // "while you have a fever" → "while she has a fever"
            boolean yours = said.matches("(?is).*\\b(?:you|your|you're|you've)\\b.*");
            String tail = said.isEmpty() ? "" : " " + PlanWording.lowerFirst(yours ? PlanWording.voice(said, p) : said)
                    .replaceAll("[.\\s]+$", "");
            return "Advised to " + advice + " " + name + tail + ".";
        }
        return null;
    }
}
