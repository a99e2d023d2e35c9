package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "Just the Drowzee Nite, the over-the-counter stuff. One at bedtime. Twenty-five milligrams.": the patient's side
 * goes on, in the next sentences of the same turn, with the dose and how often of the medicine just named; "…
 * cephalexin for impetigo on her knee. She finished it.": or says the course is over.
 */
final class OwnSig {

    /** "Okay, fine, two. So fifty.": the total once a companion has corrected how many are taken. */
    private static final Pattern SO_TOTAL = Pattern.compile("(?i)^\\W*(?:(?:okay|ok|"
            + "fine|yes|yeah)\\W+)*(?:so|that's|that makes)\\s+(\\d+(?:\\.\\d+)?)\\s*(?:mg|milligrams?)?\\W*$");

    private static final Pattern FINISHED = Pattern.compile("(?i)^\\W*(?:and |but )?"
            + "(?:she|he|i|we|they)(?: \\w+)? (?:finished|completed|stopped|came off|quit) (?:it|them|that|the course|"
            + "the lot|all of it)\\b(?!\\s+(?:yesterday|today|this morning|last night)\\b)");

    /** "It's forty, Bren. They put you up to forty in March.": a companion's correction of the dose just told. */
    private static final Pattern SAID_IS = Pattern.compile("(?i)^\\W*(?:no\\W+)?"
            + "(?:it's|it is|that's|you take|you're on|she takes|he takes|she's on|he's on)\\s+(\\d+(?:\\.\\d+)?)\\s*"
            + "(mg|milligrams?|mcg|micrograms?)?(?:\\s+now)?\\W*(?:[A-Z][a-z]+\\W*)?$");

    private static final Pattern SO_SUM = Pattern.compile("(?i)\\bso (\\d{2,4})\\b"
            + "(?!\\s*(?:times|days?|weeks?|hours?|minutes?|years?))");

    private OwnSig() {
    }

    /** The dose or frequency the sentence adds to the medicine named earlier in the turn, or null. */
    static Mention of(Utterance u, List<Mention> so) {
        if (so.isEmpty() || !u.historySide() || u.question()) {
            return null;
        }
        Mention prev = so.get(so.size() - 1);
        Utterance named = prev.where();
        Mention total = total(u, prev);
        if (total == null) {
            total = othersCorrection(u, prev);
        }
        if (total != null) {
            return total;
        }
        if (named.turn() == u.turn() && u.index() == named.index() + 1 && prev.action().startsWith("taking")
                && FINISHED.matcher(u.text()).lookingAt()) {
            return new Mention(prev.drug(), prev.said(), prev.term(), null, null, null, null, "stopped", false, u, -1,
                    null);
        }
        if (named.turn() != u.turn() || u.index() - named.index() > 2 || prev.dose() != null
                || !prev.action().startsWith("taking")) {
            return null;
        }
        String dose = null;
        String unit = null;
        // "A hundred micrograms... no, seventy-five": the number after the correction, in the unit said before it
        int cut = Math.max(0, DoseCorrections.lastCorrection(u.text()));
        for (Quantity q : Quantities.find(u.text())) {
            if (q.start() < cut) {
                unit = SpokenDoses.isDose(q) ? q.unit() : unit;
            } else if (SpokenDoses.isDose(q) || unit != null && q.unit().isEmpty()) {
                dose = SpokenDoses.isDose(q) ? q.text() : q.value() + " " + unit;
                break;
            }
        }
        Matcher sum = SO_SUM.matcher(u.text());
        if (dose == null && sum.find() && prev.term() != null && prev.term().extra().contains("oral")) {
            dose = sum.group(1) + " mg"; // "Two hundred, two of them, so four hundred, three times a day."
        }
        String frequency = Sig.frequency(u.text());
        // "I've used it twice.": how many times in all, no schedule
        frequency = frequency != null && frequency.matches("once|twice|\\w+ times") ? null : frequency;
        int words = u.text().split("\\s+").length;
        if (dose == null ? frequency == null || words > 4 : words > 14) {
            return null; // a short sig sentence only, not "Maybe once a month it flares."
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), dose, null,
                frequency == null ? prev.frequency() : frequency, null, "taking", false, u, -1, null);
    }

    private static Mention total(Utterance u, Mention prev) {
        Matcher m = SO_TOTAL.matcher(u.text());
        if (!m.matches() || prev.dose() == null || !prev.where().historySide() || !"taking".equals(prev.action())
                || u.turn() - prev.where().turn() > 3 || !prev.dose().matches("[\\d.]+ mg")) {
            return null;
        }
        double each = Double.parseDouble(prev.dose().split(" ")[0]);
        double said = Double.parseDouble(m.group(1));
        double times = said / each;
        if (times < 2 || times > 4 || times != Math.rint(times)) {
            return null;
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), Quantities.clean(m.group(1)) + " mg", null,
                prev.frequency(), null, "taking", false, u, -1, null);
    }

    private static Mention othersCorrection(Utterance u, Mention prev) {
        Matcher m = SAID_IS.matcher(u.text());
        if (!m.matches() || prev.dose() == null || !prev.where().historySide() || !prev.action().startsWith("taking")
                || u.turn() - prev.where().turn() != 1 || u.speaker().equals(prev.where().speaker())
                || !prev.dose().matches("[\\d.]+ (?:mg|mcg)")) {
            return null;
        }
        String unit = m.group(2) == null ? prev.dose().split(" ")[1] : Quantities.unit(m.group(2));
        double ratio = Double.parseDouble(m.group(1)) / Double.parseDouble(prev.dose().split(" ")[0]);
        if (ratio < 0.1 || ratio > 10) {
            return null;
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), Quantities.clean(m.group(1)) + " " + unit, null,
                prev.frequency(), null, "taking", false, u, -1, null);
    }
}
