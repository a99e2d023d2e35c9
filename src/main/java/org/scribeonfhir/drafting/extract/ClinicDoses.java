package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * Doses a nurse gives in the room, as the nurse says them: "Ketorolac 30 IM and ondansetron 4 ODT, got it." after
 * the doctor's "No, 30 milligrams IM", or "There, 1 milligram into the left arm, all done." after "I'm ready with your
 * B12 injection". The nurse's words are the last ones said of the dose, so they are the dose given.
 */
final class ClinicDoses {

    private static final Pattern GIVING = Pattern.compile("(?i)^\\W*giving\\b|\\b(?:got it|"
            + "giving (?:it|that|them|you|him|her)|"
            + "drawing (?:it |them |that )?up|all done|there you go|here we go|into (?:the|your|his|her) "
            + "(?:left |right )?(?:lateral |outer |upper |anterolateral )?(?:arm|thigh|buttock|bottom|shoulder|leg)|"
            // "Cetirizine 10 mg given orally at 3:02.", "… 280 milligrams orally at ten to three."
            + "(?:is|are|has been|have been) given|given (?:orally|by mouth|im|iv|sub-?cut\\w*|at|into|in the)|"
            + "(?:orally|by mouth) at|(?:left|right) deltoid|at \\d{1,2}(?:[:.]\\d{2}|-oh-\\d)|going in(?: now)?|"
            // "And we gave him 100 mL of 10% dextrose IV when he came in": the team's own dose, told after
            + "(?:we|i)(?:'ve| have)? (?:gave|given) (?:him|her|them|you|it)(?! a (?:prescription|script)))\\b"
            + "|\\bdone\\W*$");
    /** "Right, sharp scratch now… that's in.": the clinician giving the injection themself. */
    private static final Pattern INJECTING = Pattern.compile("(?i)\\b(?:sharp scratch|small prick|that's in|"
            + "in it goes|little scratch|(?:a )?little pressure|cleaning the skin)\\b");
    /** "… 40 milligrams with 1 mL lidocaine into the right carpal tunnel": where the clinician injected it. */
    private static final Pattern INTO = Pattern.compile("(?i)\\binto (?:the|your|his|her) ((?:left |right )?"
            + "(?:carpal tunnel|knee(?: joint)?|shoulder(?: joint)?|subacromial space|bursa|trigger finger|"
            + "tendon sheath|"
            + "wrist|elbow|hip|ankle|plantar fascia|heel|joint))\\b");
    /** "Ibuprofen syrup 100 milligrams per 5 mL, 14 mL, so 280 milligrams": the dose, after the strength. */
    private static final Pattern SO_DOSE = Pattern.compile("(?i)\\bso (\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?|mcg|"
            + "micrograms?|units?|g|grams?)\\b");
    private static final Pattern DOSE = Pattern.compile("(?i)^[^0-9.;]{0,12}?(\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?|mcg|"
            + "micrograms?|units?|ml|mls|millilit\\w+|g|grams?)?\\b");
    private static final Pattern FORM = Pattern.compile("(?i)\\b(im|iv|odt|intramuscular\\w*|intravenous\\w*|"
            + "orally|by mouth|sublingual\\w*|under the tongue|subcutaneous\\w*|(?:left|right) deltoid|"
            + "into (?:the|your|his|her) (?:left |"
            + "right )?(?:lateral |outer |upper |anterolateral )?(?:arm|thigh|buttock|shoulder))\\b");

    private static final Pattern VOLUME_BEFORE = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(ml|mls)\\s+"
            + "(?:of\\s+)?(?:\\d+ ?(?:percent|per cent|%)\\s+)?$");
    /** "75 micrograms fentanyl IV, going in now": the dose said before the drug. */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?|mcg|"
            + "micrograms?|units?|g|grams?)\\s+(?:of\\s+)?$");
    /** "Lidocaine 1%, 20 mL, into the right shoulder joint": the volume after the strength. */
    private static final Pattern VOLUME_AFTER = Pattern.compile("(?i)^\\W{0,3}(\\d+(?:\\.\\d+)?)\\s*(ml|mls|"
            + "millilit\\w+)\\b");
    private static final Pattern PERCENT = Pattern.compile("(?i)\\s*(?:percent|per cent|%)");

    private ClinicDoses() {
    }

    /** "Here you go. Paracetamol 1 gram, 2 tablets, and flucloxacillin 500 mg, 1 capsule, both by mouth, at 10:20." */
    private static final Pattern HANDED = Pattern.compile("(?i)^\\W*(?:here you (?:go|are)|there you (?:go|are))\\W*$");
    private static final Pattern ORAL_NOW = Pattern.compile("(?i)\\b(?:by mouth|orally|po)\\b");

    /** The clinician handing over tablets in the room, the sentence after "Here you go." giving dose and route. */
    private static boolean handed(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        return u.index() > 0 && HANDED.matcher(turn.get(u.index() - 1).text()).matches()
                && ORAL_NOW.matcher(u.text()).find() && !Quantities.find(u.text()).isEmpty();
    }

    /** A "given" mention for each dose a nurse reads back or gives, at its place in the visit. */
    static List<Mention> of(Context c, List<Mention> said) {
        List<Mention> out = new ArrayList<>();
        Match last = null;
        int lastTurn = -9;
        for (Utterance u : c.utterances()) {
            boolean self = u.clinician() && !Role.assisting(u.speaker()) && !u.question()
                    && (INTO.matcher(u.text()).find() && c.dialogue.ofTurn(u.turn()).stream()
                    .anyMatch(x -> INJECTING.matcher(x.text()).find()) || handed(c, u));
            if (!u.clinician() || !Role.assisting(u.speaker()) && !self) {
                continue;
            }
            List<Match> drugs = DrugNames.in(c, u);
            boolean giving = !u.question() && (self || GIVING.matcher(u.text()).find());
            if (giving && drugs.isEmpty() && last != null && u.turn() - lastTurn <= 2) {
                add(out, u, ordered(said, u, last), "", u.text(), u.text());
            }
            for (int i = 0; giving && i < drugs.size(); i++) {
                Match d = drugs.get(i);
                String rest = u.text().substring(d.end());
                add(out, u, ordered(said, u, d), u.text().substring(i == 0 ? 0 : drugs.get(i - 1).end(), d.start()),
                        u.text().substring(d.end(), i + 1 < drugs.size() ? drugs.get(i + 1).start()
                                : u.text().length()),
                        rest);
            }
            if (!drugs.isEmpty()) {
                last = drugs.get(drugs.size() - 1);
                lastTurn = u.turn();
            }
        }
        return out;
    }

    /**
     * The drug the doctor ordered for what the nurse's drug treats: "your B12 injection", given after "for the B12,
     * hydroxocobalamin injections", is the hydroxocobalamin.
     */
    private static Match ordered(List<Mention> said, Utterance u, Match d) {
        if (d.term() == null || d.term().related().isEmpty()) {
            return d;
        }
        Match out = d;
        for (Mention m : said) {
            if (m.plan() && !Role.assisting(m.where().speaker()) && m.where().turn() < u.turn() && m.term() != null
                    && !m.term().canonical().equals(d.term().canonical()) && !m.term().related().isEmpty()
                    && m.term().related().get(0).equals(d.term().related().get(0))
                    && String.valueOf(m.term().group()).equals(d.term().group())) {
                out = new Match(m.term(), d.start(), d.end(), m.said());
            }
        }
        return out;
    }

    /** The drug's dose said after it (or, for "1 mL lidocaine 1 percent", before it), its route, as given. */
    private static void add(List<Mention> out, Utterance u, Match d, String before, String after, String rest) {
        Matcher so = SO_DOSE.matcher(after);
        Matcher dose = so.find() ? so : DOSE.matcher(after);
        if (dose != so) {
            boolean found = dose.find();
            Matcher percent = found ? PERCENT.matcher(after.substring(dose.end())) : null;
            if (!found || percent.lookingAt()) { // "lidocaine 1 percent": a strength, not the dose
                Matcher volume = found ? VOLUME_AFTER.matcher(after.substring(dose.end() + percent.end())) : null;
                if (volume != null && volume.find()) {
                    dose = volume;
                } else if (!(dose = VOLUME_BEFORE.matcher(before)).find()
                        && !(dose = AMOUNT_BEFORE.matcher(before)).find()) {
                    applied(out, u, d, after); // "LET gel to the left forearm at 5:05": put on, no amount said
                    return;
                }
            }
        }
        String unit = dose.group(2) == null ? "mg" : Quantities.unit(dose.group(2));
        Matcher form = FORM.matcher(after);
        form = form.find() ? form.reset() : FORM.matcher(rest); // "…, and flucloxacillin 500 mg, both by mouth"
        Matcher into = INTO.matcher(rest);
        String route = into.find() ? "by injection into the " + into.group(1).toLowerCase(Locale.ROOT)
                : !form.find() ? null : form.group(1).toLowerCase(Locale.ROOT).equals("odt") ? "ODT"
                : Sig.route(form.group(1)) != null ? Sig.route(form.group(1)) : "IM"; // "into the left arm"
        route = withSite(route, rest); // "Tdap, 0.5 mL, intramuscular, right deltoid": where it went in
        String drug = d.term() == null ? d.surface().toLowerCase(Locale.ROOT) : d.term().canonical();
        out.add(new Mention(drug, d.surface().toLowerCase(Locale.ROOT), d.term(), dose.group(1) + " " + unit, route,
                null, null, "given", true, u, -1, null));
    }

    /** "Td, 0.5 mL, intramuscular, left upper arm": the route given with the site it went into. */
    static String withSite(String route, String said) {
        Matcher site = SITE.matcher(said);
        return "IM".equals(route) && site.find() ? "IM into the " + site.group().toLowerCase(Locale.ROOT) : route;
    }

    private static final Pattern SITE = Pattern.compile("(?i)\\b(?:left|right) (?:deltoid|upper arm|arm|thigh|"
            + "anterolateral thigh|buttock|gluteal)\\b");
    private static final Pattern APPLIED_TO = Pattern.compile("(?i)^[^.;]{0,15}?\\b(?:to|on) (?:the|his|her|your) "
            + "((?:left |right )?(?:forearm|arm|hand|leg|knee|foot|face|chin|scalp|finger|thumb|wound|cut|"
            + "laceration))\\b");

    /** A topical given without an amount: the part it was put on is what the note records. */
    private static void applied(List<Mention> out, Utterance u, Match d, String after) {
        Matcher to = APPLIED_TO.matcher(after);
        if (d.term() != null && d.term().extra().contains("topical") && to.find()) {
            out.add(new Mention(d.term().canonical(), d.surface().toLowerCase(Locale.ROOT), d.term(), null,
                    "topically to the " + to.group(1).toLowerCase(Locale.ROOT), null, null, "given", true, u, -1,
                    null));
        }
    }
}
