package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.speech.Utterance;
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

    private static final String N = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)";
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    /** "Days one and two: 20 mg four times a day.", "Day 7: 5 at night, and then finished." */
    private static final Pattern DAY_STEP = Pattern.compile("(?i)^\\W*(?:on )?days? " + N + "(?:(?: and|,| to| ?-)\\s*" + N
            + ")?\\s*[:,]\\s*(?:it's |take )?" + N + "\\s*(mg|milligrams?)?\\b(.*)$");
    private static final Pattern FINISHED = Pattern.compile("(?i)\\b(?:finished|stop|done|off)\\b");
    /** A sentence about one day of a schedule: "No, day four is ten milligrams four times a day." */
    private static final Pattern DAY = Pattern.compile("(?i)\\bdays? (?:\\d+|one|two|three|four|five|six|seven)\\b");

    private Tapers() {
    }

    /**
     * "The medicine is chlordiazepoxide, a reducing course over seven days. Days one and two: twenty milligrams four
     * times a day. Day three: fifteen four times a day. … Day seven: five at night, and then finished.": the steps,
     * said day by day in the sentences after the drug, as one taper.
     */
    static Mention byDay(Context c, Mention m) {
        if (m == null || !m.plan() || !m.where().clinician() || m.term() == null || !m.term().extra().contains("oral")) {
            return m;
        }
        List<Utterance> turn = new ArrayList<>(c.dialogue.ofTurn(m.where().turn()));
        // "Days one and two… twenty milligrams four times a day." then, in the clinician's next turn, "Day three…"
        List<Utterance> next = c.dialogue.ofTurn(m.where().turn() + 1);
        if (!next.isEmpty() && next.get(0).speaker().equals(m.where().speaker())
                && DAY_STEP.matcher(clean(next.get(0).text())).find()) {
            turn.addAll(next);
        }
        List<String> out = new ArrayList<>();
        boolean finished = false;
        int i = turn.indexOf(m.where()) + 1;
        String first = m.dose() == null ? null : join(m.dose(), m.frequency(), m.duration());
        // "Sorry, sixty milligrams, once a day … for five days. That's six of the ten-milligram tablets. Then we
        // taper.": the course's first stage, corrected, before the days are told
        for (int skipped = 0; i > 0 && i < turn.size() && skipped < 3 && !DAY_STEP.matcher(clean(turn.get(i).text())).find()
                && c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.DRUG, turn.get(i).text()).isEmpty();
                i++, skipped++) {
            String t = turn.get(i).text();
            int cut = DoseCorrections.lastCorrection(t);
            String dose = cut < 0 ? null : SpokenDoses.of(t.substring(cut), "", null);
            first = dose == null ? first : join(dose, Sig.frequency(t.substring(cut)), Sig.duration(t.substring(cut)));
        }
        for (; i > 0 && i < turn.size(); i++) {
            Matcher s = DAY_STEP.matcher(clean(turn.get(i).text()));
            if (!s.find()) {
                finished |= !out.isEmpty() && OFF.matcher(turn.get(i).text().replaceFirst("(?i)^\\W*(?:and )?then\\s+",
                        "")).matches(); // "Then stop."
                break;
            }
            String days = s.group(2) == null ? "day " + n(s.group(1)) : "days " + n(s.group(1)) + "-" + n(s.group(2));
            String frequency = Sig.frequency(s.group(5));
            out.add(n(s.group(3)) + " mg" + (frequency == null ? "" : " " + frequency) + " on " + days);
            finished = FINISHED.matcher(s.group(5)).find();
        }
        if (out.size() < 2) {
            return m;
        }
        if (finished) {
            out.add("stop");
        }
        if (first != null && !out.isEmpty() && !out.get(0).matches(".*\\bdays? 1\\b.*")) {
            out.add(0, first);
        }
        return new Mention(m.drug(), m.said(), m.term(), String.join(", then ", out), m.route(), null, null, "taper",
                true, m.where(), m.answerTurn(), null);
    }

    /** A drugless sentence about one day of a schedule already read as a taper of the drug ({@link #byDay}). */
    static boolean stepOf(List<Mention> so, Mention m) {
        // a day of the schedule, or the first stage said in the sentences the taper read already
        return m != null && so.stream().anyMatch(x -> x.drug().equals(m.drug()) && "taper".equals(x.action())
                && (DAY.matcher(m.where().text()).find() && x.where().turn() <= m.where().turn()
                || x.where().turn() == m.where().turn() && x.where().index() < m.where().index()));
    }

    /** "Days one and two, that's today and tomorrow, twenty-five, no, twenty milligrams": the day and its dose. */
    private static String clean(String step) {
        return CORRECTED_STEP.matcher(ASIDE.matcher(step).replaceFirst(",")).replaceFirst("$1");
    }

    private static final Pattern ASIDE = Pattern.compile("(?i),\\s*that's [^,]+,");
    private static final Pattern CORRECTED_STEP = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?,?\\s+(?:no|sorry),?\\s+"
            + "(\\d+(?:\\.\\d+)?)");

    private static String join(String dose, String frequency, String duration) {
        return dose + (frequency == null ? "" : " " + frequency) + (duration == null ? "" : " "
                + Medication.course(duration));
    }

    private static String n(String said) {
        String w = said.toLowerCase(Locale.ROOT);
        int small = WORDS.indexOf(w);
        int tens = List.of("thirty", "forty", "fifty").indexOf(w);
        return small >= 0 ? String.valueOf(small) : tens >= 0 ? String.valueOf(30 + 10 * tens) : said;
    }

    /** The clinician's plan mention as a taper when the words after the drug step it down to a stop; else as it is. */
    static Mention of(Mention m) {
        if (m == null || !m.plan() || !m.where().clinician()) {
            return m;
        }
        String text = m.where().text();
        int at = text.toLowerCase(Locale.ROOT).indexOf(m.said());
        String sentence = at < 0 ? null : text.substring(at + m.said().length()).split("(?<=[.;!?])\\s", 2)[0];
        String steps = sentence == null ? null : steps(sentence, m.term() != null && m.term().extra().contains("oral"));
        steps = steps == null && sentence != null ? byEach(sentence) : steps;
        return steps == null ? m : new Mention(m.drug(), m.said(), m.term(), steps, m.route(), null, null, "taper",
                true, m.where(), m.answerTurn(), null);
    }

    /**
     * "Prednisolone forty milligrams once a day … for one week, then drop by ten milligrams each week... sorry, by
     * five milligrams each week": the first step, then the same cut each week down to a stop.
     */
    private static final Pattern BY_EACH = Pattern.compile("(?i)^\\W*(\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?)\\b(.*?),?"
            + "\\s+then (?:drop|reduce|come down|lower|decrease|cut|go down|taper)(?: it)?(?: down)? by\\s+(?:.*?\\b"
            + "(?:sorry|no|i mean|actually),?\\s+(?:by\\s+)?)?(\\d+(?:\\.\\d+)?)\\s*(?:mg|milligrams?)? (?:each|every|a|"
            + "per) (week|day)\\b[^,;]*$");

    static String byEach(String after) {
        Matcher b = BY_EACH.matcher(after.replaceFirst("[.;!?]\\s*$", ""));
        if (!b.matches()) {
            return null;
        }
        double start = Double.parseDouble(b.group(1));
        double cut = Double.parseDouble(b.group(4));
        double steps = start / cut;
        if (cut <= 0 || cut >= start || steps > 12 || steps != Math.rint(steps)) {
            return null;
        }
        String frequency = Sig.frequency(b.group(3));
        String duration = Sig.duration(b.group(3));
        return Quantities.clean(b.group(1)) + " mg" + (frequency == null ? "" : " " + frequency)
                + (duration == null ? "" : " " + Medication.course(duration)) + ", then reduce by "
                + Quantities.clean(b.group(4)) + " mg each " + b.group(5).toLowerCase(Locale.ROOT) + " to "
                + Quantities.clean(b.group(4)) + " mg, then stop";
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
