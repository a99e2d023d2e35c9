package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Medication;

/**
 * Drugs said with an allergy that are not its allergen ("my allergy medicine", "the EpiPen for his peanut allergy"),
 * and drugs that conflict with an allergy (the allergen itself, or its class).
 */
final class AllergyTreatments {

    private static final Pattern FOR_ALLERGIES = Pattern.compile("(?i)\\bfor (?:(?:my|your|his|her|their|the) )?"
            + "(?:seasonal |hay fever )?allergies\\b|\\b(?:allergy|allergies|hay fever) (?:medicines?|medications?|"
            + "meds|tablets?|pills?|sprays?|drops)\\b");
    /** "…the EpiPen Junior for his peanut allergy": a drug for the allergy, not an allergen. */
    private static final Pattern FOR_THE_ALLERGY = Pattern.compile("(?i)^[^.;]{0,30}?\\bfor (?:my|your|his|her|their|"
            + "the) (?:\\w+ )?allerg");

    /** "…maybe we can try some singulair", "so we carry an EpiPen": the drug after is a treatment, not an allergen. */
    static final Pattern TREATMENT = Pattern.compile("(?i)\\b(?:try|trying|start|starting|prescribe|carry|carries|"
            + "put (?:you|him|her) on|give (?:you|him|her)|recommend)\\s+(?:(?:some|the|a|an|you on|his|her)\\s+)?$");
    /** Foods children are often allergic to, named as the allergen ("allergic to cashews"). */
    /** Shellfish by name: an allergen said, or eaten without trouble against a shellfish label. */
    static final String SHELLFISH = "prawns?|shrimps?|crabs?|lobsters?|mussels?|oysters?|scallops?";
    static final String FOODS = "cashews?|almonds?|walnuts?|hazelnuts?|pistachios?|sesame|kiwi|fish|strawberries|"
            + "dairy|" + SHELLFISH;

    private AllergyTreatments() {
    }

    /** "his allergy medicine cetirizine", "the EpiPen for his peanut allergy": the treatment, not the allergen. */
    static boolean forTheAllergy(Context c, String text, String substance) {
        for (Match m : c.vocabulary.find(Term.Kind.DRUG, text)) {
            if (m.term().canonical().equalsIgnoreCase(substance) && (FOR_THE_ALLERGY.matcher(text.substring(m.end()))
                    .find() || FOR_ALLERGIES.matcher(Words.last(text.substring(0, m.start()), 3)).find())) {
                return true;
            }
        }
        return false;
    }

    /** The text without "for my allergies": what a drug is taken for is no allergy talk. */
    static String withoutIndication(String text) {
        return FOR_ALLERGIES.matcher(text).replaceAll("");
    }

    /** Whether a drug is the allergen or of its class (a penicillin allergy and amoxicillin). */
    static boolean conflicts(Medication m, Term drug, Allergy a) {
        if (a.none() || a.substance() == null) {
            return false;
        }
        String s = a.substance().toLowerCase(Locale.ROOT).replaceAll("s$", "");
        if (m.drug().equalsIgnoreCase(s) || m.said() != null && m.said().equalsIgnoreCase(s)) {
            return true;
        }
        if (drug == null) {
            return false;
        }
        String group = drug.group().toLowerCase(Locale.ROOT);
        String stem = s.startsWith("sulfa") ? "sulfonamide" : s;
        return !group.isEmpty() && (group.contains(stem)
                || drug.variants().stream().anyMatch(v -> v.equalsIgnoreCase(s)));
    }

    /** "Is the ibuprofen okay with the penicillin allergy?": a drug asked about as safe, not an allergen. */
    private static final Pattern SAFE_WITH = Pattern.compile("(?i)^\\s*(?:is |would be |be )?(?:okay|ok|safe|alright|"
            + "all right|fine)\\s+(?:with|for|given|to (?:take|use|give))\\b");

    static boolean askedSafe(String text, int drugEnd) {
        return SAFE_WITH.matcher(text.substring(drugEnd)).lookingAt();
    }

    /**
     * "Paracetamol when her hip's bad — oh, and she can't have penicillin": a drug of the medicine list, said before a
     * break in the sentence, is not the allergen named after it.
     */
    static boolean beforeABreak(Context c, String text, String substance, int context) {
        return context > 0 && c.vocabulary.find(Term.Kind.DRUG, text).stream().anyMatch(m -> m.start() < context
                && (m.term().canonical().equalsIgnoreCase(substance) || m.surface().equalsIgnoreCase(substance))
                && BREAK.matcher(text.substring(m.end(), context)).find());
    }

    private static final Pattern BREAK = Pattern.compile("—|--| - |;");
}
