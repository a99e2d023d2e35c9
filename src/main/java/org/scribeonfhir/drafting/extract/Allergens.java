package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;

/** The substances an allergy sentence names: the usual non-drug allergens, then the drugs of the vocabulary. */
final class Allergens {

    static final Pattern OTHER_ALLERGENS = Pattern.compile("(?i)\\b(sul(?:f|ph)a(?: drugs?)?|penicillins?|latex|"
            + "peanuts?|"
            + "tree nuts?|shellfish|eggs?|codeine|iodine|contrast(?: dye)?|bee stings?|(?:bee|wasp|insect) venom|"
            + "adhesive tape|morphine|nickel|"
            + "(?:sticking |fabric )?plasters?|elastoplast|adhesive dressings?|adhesives?|" + AllergyTreatments.FOODS
            + ")\\b");
    /** "She's had plain amoxicillin a couple of times and been fine": taken since without harm, no allergen. */
    private static final Pattern TOLERATED = Pattern.compile("(?i)^[^.;]{0,50}?\\b(?:and (?:been|was|were) "
            + "(?:fine|okay|ok|all right)|(?:with )?no (?:problems?|trouble|issues?|reaction)(?: at all)?|without "
            + "(?:any )?(?:problems?|trouble|issues?|a reaction))\\b");
    private static final Pattern HAD = Pattern.compile("(?i)\\b(?:had|taken|took|tolerated|been given|was given)"
            + "(?: \\w+)?\\s+$");

    /** "Sulfasalazine, the one before the mesalazine, gave me headaches": the drug named to place the other. */
    private static final Pattern PLACES = Pattern.compile("(?i)\\bthe (?:one|drug|tablet|pill|medicine)s? (?:before|"
            + "after|instead of) (?:the |my |his |her )?$");

    private Allergens() {
    }

    /** Whether the drug after {@code before} is named only to place another ("the one before the mesalazine"). */
    static boolean places(String before) {
        return PLACES.matcher(before).find();
    }

    /** The allergens named, by canonical name ("co-codamol" → acetaminophen-codeine), in order. */
    static List<String> of(Context c, String text) {
        List<String> out = new ArrayList<>();
        Matcher o = OTHER_ALLERGENS.matcher(text);
        while (o.find()) {
            String s = o.group(1).toLowerCase(Locale.ROOT).replaceAll("ies$", "y").replaceAll("s$", "")
                    .replace("sulpha", "sulfa").replace("sulfa drug", "sulfa"); // "strawberries" → "strawberry"
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        for (Match m : c.vocabulary.find(Term.Kind.DRUG, text)) {
            if (AllergyTreatments.TREATMENT.matcher(text.substring(0, m.start())).find()
                    || AllergyTreatments.askedSafe(text, m.end())) {
                continue; // "…maybe we can try some singulair", "so we carry an EpiPen": a treatment
            }
            if (MedicationActions.stoppedBefore(Negation.clause(text.substring(0, m.start())))
                    && !text.matches("(?is).*allerg.*")) {
                continue; // "i stopped the pill back in july it was making my skin break out": a side effect
            }
            if (places(text.substring(0, m.start()))
                    || HAD.matcher(text.substring(0, m.start())).find() && TOLERATED.matcher(text.substring(m.end()))
                    .lookingAt()) {
                continue;
            }
            String s = m.term().canonical();
            if (out.stream().noneMatch(x -> x.equalsIgnoreCase(s) || m.surface().toLowerCase(Locale.ROOT).startsWith(x))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Where the allergen is said: its name, or the words the vocabulary knows it by ("co-codamol"); -1 if neither. */
    static int position(Context c, String text, String substance) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(substance.toLowerCase(Locale.ROOT));
        if (at >= 0) {
            return at;
        }
        return c.vocabulary.find(Term.Kind.DRUG, text).stream().filter(m -> m.term().canonical().equals(substance))
                .mapToInt(Match::start).findFirst().orElse(-1);
    }
}
