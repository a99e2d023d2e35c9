package org.scribeonfhir.drafting.visit;

/**
 * A medication as the visit left it: the last word wins (a self-correction, a patient's correction, a change
 * in the plan replace what was said before).
 *
 * @param drug      the generic name ("atorvastatin"); {@code said} is the name as spoken ("lipitor")
 * @param dose      "40 mg", or null; {@code previousDose} the dose before a change ("from 20 mg")
 * @param previousFrequency how often the patient took it before the plan ("as needed"), when said; null otherwise
 * @param action    taking (what the patient is on), stopped, denied ("any aspirin?" "no"), tried, allergen, or the
 *                  plan's start, continue, increase, decrease, change, taper, stop, hold, refill, vaccinate,
 *                  backup (only if…), later (prescribed today, started later)
 * @param current   the patient is on it after the visit's history (stopped and allergen drugs are not)
 * @param reason    what it is for, when said or known ("hypertension")
 */
public record Medication(String drug, String said, String dose, String previousDose, String previousFrequency,
        String route, String frequency, String duration, String action, boolean current, String reason,
        Support support) {

    /** An order of the visit's plan (start, continue, change, stop…), not what the patient takes or took. */
    public boolean ordered() {
        return action.matches("start|restart|continue|increase|decrease|change|stop|hold|refill|vaccinate|backup|later|"
                + "given|declined|taper");
    }

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:hrt|ocp|cocp|mmrv?|ipv|hpv|bcg|dtap|tdap|hib|let)\\b");

    /** The drug as said; a brand or British name keeps its capital and the generic beside it ("Lasix (furosemide)"). */
    /** "steroid cream": a kind of drug named by its form, no brand to capitalise. */
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("(?:topical )?(?:steroid|"
            + "corticosteroid|antibiotic|antifungal|antihistamine) (?:cream|ointment|gel|drops|spray)s?");

    private static final java.util.regex.Pattern INN = java.util.regex.Pattern.compile("paracetamol|salbutamol|"
            + "adrenaline|noradrenaline|frusemide|lignocaine|glyceryl trinitrate|aciclovir|beclometasone|ciclosporin|"
            + "colecalciferol|co-amoxiclav|co-codamol|amoxycillin|cephalexin|bendroflumethiazide|levothyroxine sodium");

    public static String label(String said, String drug) {
        String proper = drug.replaceFirst("^st john's wort$", "St John's wort"); // a saint's name keeps its capitals
        String bare = drug.replaceAll("[.'\\s-]", "");
        // "emollients": the generic said in the plural is the generic
        if (said == null || said.replaceAll("[.'\\s-]", "").equalsIgnoreCase(bare)
                || said.replaceAll("[.'\\s-]", "").equalsIgnoreCase(bare + "s")) {
            return proper;
        }
        String lower = said.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches("(?:the|my|her|your|his) pills?")) {
            return proper; // "the pill": the drug the chart says it is
        }
        if (lower.startsWith(drug.toLowerCase(java.util.Locale.ROOT) + " ") || KIND.matcher(lower).matches()) {
            return lower.replaceFirst("(cream|ointment|gel)s$", "$1"); // "nicotine patch": the generic in its form
        }
        // "hrt patches" as the lexicon matched it: the abbreviation in capitals
        String named = ABBREVIATION.matcher(said)
                .replaceAll(r -> r.group().toUpperCase(java.util.Locale.ROOT).replace("DTAP", "DTaP")
                        .replace("TDAP", "Tdap").replace("HIB", "Hib"));
        // "paracetamol (acetaminophen)": another country's generic name is no brand, and keeps its small letter
        String first = INN.matcher(lower).matches() ? named.substring(0, 1) : named.substring(0, 1).toUpperCase();
        return first + named.substring(1) + " (" + drug + ")";
    }

    /** "for 5 days"; a course that ends with the complaint as said ("until the pain has gone"). */
    public static String course(String duration) {
        return duration.matches("(?:until|through|till|on|while|tomorrow|tonight)\\b.*") ? duration : "for " + duration;
    }

    public String sig() {
        StringBuilder s = new StringBuilder(said == null ? drug : said);
        for (String part : new String[] {dose, route, frequency, duration == null ? null : course(duration)}) {
            if (part != null && !part.isBlank()) {
                s.append(' ').append(part);
            }
        }
        return s.toString();
    }
}
