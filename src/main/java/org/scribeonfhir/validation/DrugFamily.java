package org.scribeonfhir.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * Drug classes an allergy is commonly recorded against. A drug's family comes from its class in the drafting
 * vocabulary ({@code drafting/lexicon/drugs.tsv}); an allergy's from the substance's class or from the class
 * named in the allergy's own text ("Sulfa drugs", "NSAIDs").
 */
enum DrugFamily {
    PENICILLIN("penicillin", "penicillins|penicillin antibiotics|beta-lactams?"),
    CEPHALOSPORIN("cephalosporin", "cephalosporins"),
    SULFONAMIDE_ANTIBIOTIC("sulfonamide", "sulfa|sulfa drugs|sulfas|sulfonamides?(?: antibiotics?)?|sulfa antibiotics?|"
            + "sulpha|sulpha drugs"),
    NSAID("nsaid", "nsaids?|non-?steroidal anti-?inflammator(?:y|ies)(?: drugs)?|anti-?inflammatories"),
    STATIN("statin", "statins|hmg-coa reductase inhibitors"),
    ACE_INHIBITOR("ace inhibitor", "ace inhibitors|ace-?is?"),
    OPIOID("opioid", "opioids|opiates|narcotics"),
    FLUOROQUINOLONE("fluoroquinolone", "fluoroquinolones|quinolones"),
    MACROLIDE("macrolide", "macrolides");

    private final String inClass;
    private final String named;

    DrugFamily(String inClass, String named) {
        this.inClass = inClass;
        this.named = named;
    }

    /** "penicillin antibiotic" → PENICILLIN; "first-generation cephalosporin antibiotic" → CEPHALOSPORIN. */
    static Optional<DrugFamily> ofClass(String drugClass) {
        if (drugClass == null) {
            return Optional.empty();
        }
        String c = drugClass.toLowerCase(Locale.ROOT);
        for (DrugFamily f : values()) {
            if (c.contains(f.inClass)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** An allergy recorded as the class itself: "Sulfa drugs", "NSAIDs", "Penicillins". */
    static Optional<DrugFamily> named(String allergen) {
        String a = allergen.toLowerCase(Locale.ROOT).strip().replaceAll("[.;]$", "");
        for (DrugFamily f : values()) {
            if (a.matches("(?:" + f.named + ")")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    String label() {
        return switch (this) {
            case PENICILLIN -> "a penicillin";
            case CEPHALOSPORIN -> "a cephalosporin";
            case SULFONAMIDE_ANTIBIOTIC -> "a sulfonamide antibiotic";
            case NSAID -> "an NSAID";
            case STATIN -> "a statin";
            case ACE_INHIBITOR -> "an ACE inhibitor";
            case OPIOID -> "an opioid";
            case FLUOROQUINOLONE -> "a fluoroquinolone";
            case MACROLIDE -> "a macrolide";
        };
    }
}
