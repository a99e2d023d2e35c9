package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Pronouns;

/**
 * "…alendronic acid, seventy milligrams once a week. I don't want you starting that today; start it in week seven,
 * once the vitamin D is topped up.": a drug prescribed today to be started later, which a note must not write as
 * started.
 */
final class DeferredStart {

    /** "don't start it until…", "not today", "hold off starting it": today is not the day. */
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(?:(?:don't|do not|won't) (?:want you (?:to )?)?"
            + "(?:start|starting) (?:it|that|this|them|those)|(?:don't|do not) start (?:until|till|before)|"
            + "(?:don't|do not|won't) (?:want you (?:to )?)?(?:take|"
            + "taking) (?:it|that|this|them|those) (?:today|yet|now|straight away|right away|until)|hold off (?:on )?"
            + "(?:starting|taking) (?:it|that|this|them))\\b");
    /** "start it in week seven, once…", "until the vitamin D is topped up": when it does start. */
    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:start (?:it|that|this|them|those) |until )"
            + "((?:in|from|on|at|after|once|when)\\b[^;.]*|the [^;.]*)");
    /** "I'll write Alesse, one pill a day, a year's worth, starting Monday.": the day it starts, said with it. */
    private static final Pattern STARTING = Pattern.compile("(?i)\\bstarting (?:on |from )?((?:next )?(?:monday|"
            + "tuesday|wednesday|thursday|friday|saturday|sunday|week)|tomorrow|the \\d{1,2}(?:st|nd|rd|th)?)\\b");
    /** "If the ferritin comes back low, we'll start you on iron tablets, not before.": started only on a result. */
    private static final Pattern IF_FIRST = Pattern.compile("(?i)^\\W*(?:(?:and|but|so|then)\\W+)?((?:if|once|when) "
            + "[^,;]+?),\\s*(?:then\\s+)?(?:we'll|i'll|we will|i will|we can|we'd|you can)\\b");
    private static final int SENTENCES = 2;

    private DeferredStart() {
    }

    /** The medication as a later start when, in the sentences just after its order, the clinician put it off. */
    static Medication of(Context c, Medication m, List<Mention> mentions, Pronouns p) {
        if (!m.action().matches("start|continue|restart")) {
            return m;
        }
        Mention last = null;
        for (Mention x : mentions) {
            if (x.where().clinician() && x.plan()) {
                last = x;
            }
        }
        if (last == null) {
            return m;
        }
        Matcher starting = STARTING.matcher(last.where().text());
        if (starting.find()) {
            return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(), m.route(),
                    m.frequency(), m.duration(), "later", false, "on " + starting.group(1), m.support());
        }
        Matcher first = IF_FIRST.matcher(last.where().text());
        // "If the vitamin D comes back low, I'll start you on a supplement": the drug named in the condition
        if (first.find() && m.action().equals("start") && last.where().clinician()
                && (last.where().text().toLowerCase(java.util.Locale.ROOT).indexOf(last.said()) > first.end()
                || c.vocabulary.find(Term.Kind.DRUG, last.where().text().substring(first.end())).isEmpty())) {
            return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(), m.route(),
                    m.frequency(), m.duration(), "later", false, PlanWording.lowerFirst(PlanWording.voice(
                    first.group(1), p)), m.support());
        }
        if (m.action().equals("restart")) {
            return m;
        }
        List<Utterance> turn = c.dialogue.ofTurn(last.where().turn());
        for (int i = last.where().index(); i < turn.size() && i <= last.where().index() + SENTENCES; i++) {
            String text = turn.get(i).text();
            Matcher not = NOT_YET.matcher(text);
            boolean put = not.find();
            int cut = put ? not.start() : text.length();
            List<Match> drugs = c.vocabulary.find(Term.Kind.DRUG, text);
            if (i > last.where().index() && drugs.stream()
                    .anyMatch(d -> d.end() <= cut && !d.term().canonical().equals(m.drug()))) {
                break; // another drug's sentence
            }
            // "don't start it until … the losartan has settled": the drug the start waits on, not the one put off
            List<Integer> at = drugs.stream().filter(d -> d.term().canonical().equals(m.drug()))
                    .map(d -> d.start()).toList();
            boolean waitedOn = put && !at.isEmpty() && at.stream().allMatch(x -> x > not.start());
            if (put && !waitedOn) {
                return later(m, text.substring(not.end()), p);
            }
            if (waitedOn) {
                return m;
            }
        }
        // "…isoniazid 900 milligrams… rifapentine… pyridoxine." "She asks when she must start." "Don't start until we
        // phone with the sputum result.": the regimen's start put off in the clinician's next turn
        for (int t = last.where().turn() + 1; t <= last.where().turn() + 2; t++) {
            List<Utterance> next = c.dialogue.ofTurn(t);
            if (next.isEmpty() || !next.get(0).clinician()) {
                continue;
            }
            Matcher not = NOT_YET.matcher(next.get(0).text());
            return not.find() && c.vocabulary.find(Term.Kind.DRUG, next.get(0).text()).isEmpty()
                    ? later(m, next.get(0).text().substring(not.end()), p) : m;
        }
        return m;
    }

    /** "until we phone with the sputum result": after that result. */
    private static final Pattern RESULT = Pattern.compile("(?i)^\\s*(?:until\\s+)?(?:we|i|you|they|the \\w+) "
            + "(?:\\w+ ){0,3}?"
            + "(?:with|about|have|get|see) (the [^;.,]*?results?)\\b");

    private static Medication later(Medication m, String after, Pronouns p) {
        Matcher when = WHEN.matcher(after);
        Matcher result = RESULT.matcher(after);
        String from = result.find() ? "after " + result.group(1) : when.find() ? PlanWording.lowerFirst(
                PlanWording.voice(when.group(1).trim(), p)).replaceFirst("[.,;:]+$", "") : null;
        return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(), m.route(),
                m.frequency(), m.duration(), "later", false, from, m.support());
    }
}
