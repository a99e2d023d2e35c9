package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.visit.Medication;

/**
 * A drug brought down in steps to a stop: "Ibuprofen: stay on 600 three times a day for one more week, then drop to
 * 400 three times a day for a week, then stop." is one taper, written with its steps, never "Stop ibuprofen." nor a
 * continue at the last step's dose.
 */
final class Tapers {

    /** One step: "stay on 600 three times a day for one more week", "drop to 400 mg twice a day for a week". */
    private static final Pattern STEP = Pattern.compile("(?i)^\\W*(?:(?:stay|keep (?:it|going)|carry on|continue)"
            + "(?: on| at| with)?|(?:drop|come|go|bring it|cut|reduce|lower|step)(?: it)?(?: down)?(?: to)?|take)?"
            + "\\s*(\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?|mcg|micrograms?)?\\b(.*)$");
    private static final Pattern OFF = Pattern.compile("(?i)^\\W*(?:stop(?: it| completely| altogether)?|(?:come|"
            + "be) off(?: it)?|finish)\\W*$");
    /** How long a step lasts, said with "more": "for one more week". */
    private static final Pattern MORE = Pattern.compile("(?i)\\b(for (?:\\w+)) more\\b");

    private Tapers() {
    }

    /** The clinician's plan mention as a taper when the words after the drug step it down to a stop; else as it is. */
    static Mention of(Mention m) {
        if (m == null || !m.plan() || !m.where().clinician()) {
            return m;
        }
        String text = m.where().text();
        int at = text.toLowerCase(Locale.ROOT).indexOf(m.said());
        String steps = at < 0 ? null : steps(text.substring(at + m.said().length()).split("(?<=[.;!?])\\s", 2)[0],
                m.term() != null && m.term().extra().contains("oral"));
        return steps == null ? m : new Mention(m.drug(), m.said(), m.term(), steps, m.route(), null, null, "taper",
                true, m.where(), m.answerTurn(), null);
    }

    /** "600 mg three times daily for 1 week, then 400 mg three times daily for 1 week, then stop", or null. */
    static String steps(String after, boolean oral) {
        String[] parts = StagedDoses.THEN.split(after.replaceFirst("[.;!?]\\s*$", ""));
        if (parts.length < 3 || !OFF.matcher(parts[parts.length - 1]).matches()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        double last = Double.MAX_VALUE;
        String unit = null;
        for (int i = 0; i < parts.length - 1; i++) {
            Matcher s = STEP.matcher(parts[i]);
            if (!s.matches() || Double.parseDouble(s.group(1)) >= last) {
                return null;
            }
            last = Double.parseDouble(s.group(1));
            unit = s.group(2) != null ? Quantities.unit(s.group(2)) : unit != null ? unit : oral ? "mg" : null;
            if (unit == null) {
                return null;
            }
            String rest = MORE.matcher(s.group(3)).replaceAll("$1");
            String frequency = Sig.frequency(rest);
            String duration = Sig.duration(rest);
            out.add(s.group(1) + " " + unit + (frequency == null ? "" : " " + frequency)
                    + (duration == null ? "" : " " + Medication.course(duration)));
        }
        out.add("stop");
        return String.join(", then ", out);
    }
}
