package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.ehr.ChartFact;

/**
 * A chart medication the visit says is not taken: "naproxen's on your list from a while back?" "I haven't taken that
 * in two years"; "zopiclone, seven tablets, they're all gone"; "oxy butter nin… are you still taking that?" "no, I
 * stopped that". The chart still lists it, so the note must not; what was said of it is told as stopped instead.
 */
final class ChartMedicationsOff {

    /**
     * Said of the drug by the patient: not taken now. Narrower than {@code MedicationActions.STOPPED} on purpose: a
     * bare "completed" or "finished ten days ago" keeps the course's chart line as its history.
     */
    private static final Pattern OFF = Pattern.compile("(?i)\\b(?:stopped|i haven't (?:taken|had|used)|i have not "
            + "(?:taken|had|used)|haven't been (?:taking|using)|not (?:taking|using) (?:it|that|them|those)|"
            + "(?:they're|they are|it's|it is) (?:all )?(?:gone|finished|used up)|all gone|"
            + "finished (?:it|them|that|the course)|ran out|came off|don't take (?:it|that|them)|"
            + "not on (?:it|that|them) (?:any ?more|now)|"
            // a course told as over: "a week's worth and that cleared it", "I took it for about a month"
            + "(?:a|one|two) weeks?'s? worth|(?:that|it) cleared (?:it|up)|"
            + "took (?:it|them|that) for (?:about |around )?(?:a|one|two|three|four|\\d+|a few|a couple of) "
            + "(?:days?|weeks?|months?))\\b");
    /** The sentence after the drug's that goes on about it: "…gave me betahistine. I took it for a month". */
    private static final Pattern GOES_ON = Pattern.compile("(?i)^\\W*(?:(?:i|we|he|she) (?:took|used|had|finished|"
            + "stopped) (?:it|them|that)|(?:it|that|they) (?:cleared|didn't|did not|was|were)|"
            + "(?:but )?we finished)\\b");
    /** Said by the clinician: the drug comes off the list. */
    private static final Pattern TAKEN_OFF = Pattern.compile("(?i)\\b(?:take (?:it|that|them) off|stay off|"
            + "come off|remove (?:it|that) from)\\b");

    private ChartMedicationsOff() {
    }

    static List<Medication> read(Context c, List<Medication> known) {
        List<Medication> out = new ArrayList<>();
        if (c.chart == null) {
            return out;
        }
        // the drugs each sentence names, found once for all the chart's drugs
        java.util.Map<Utterance, List<Match>> drugs = new java.util.IdentityHashMap<>();
        for (ChartFact f : c.chart.medications()) {
            if (f.label() == null || known.stream().anyMatch(m -> m.support().references().contains(f.reference()))) {
                continue;
            }
            String name = SpokenDrugName.generic(f.label());
            for (Utterance u : c.dialogue.utterances()) {
                String said = SpokenDrugName.find(u.text(), name);
                // "cipro", "Flagyl": a short or brand name the vocabulary knows as the chart's drug
                said = said != null ? said : drugs.computeIfAbsent(u, x -> c.vocabulary.find(Term.Kind.DRUG, x.text()))
                        .stream().filter(m -> m.term().canonical().equalsIgnoreCase(name)).map(Match::surface)
                        .map(x -> x.toLowerCase(Locale.ROOT)).findFirst().orElse(null);
                if (said == null) {
                    continue;
                }
                Support off = off(c, u, name, said);
                if (off != null) {
                    // the chart's spelling: "oxy butter nin" as heard is no name for the note
                    out.add(new Medication(name, name, null, null, null, null, null, null, "stopped", false, null,
                            off.withReference(f.reference())));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "zopiclone in september, seven tablets, they're all gone, and I tried nytol…": the words from the drug up to the
     * next drug named, or the clause before it ("I stopped the zopiclone"), say it is off; "I stopped the ibuprofen but
     * I still take my lisinopril" says nothing of the lisinopril.
     */
    private static boolean saidOff(Context c, String text, String name, String said) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = Math.max(0, lower.indexOf(said.split(" ")[0]));
        String rest = lower.substring(at);
        int end = rest.length();
        int listed = said.length(); // "gave me Cipro and Flagyl and it cleared up": a list shares what is said of it
        for (Match m : c.vocabulary.find(Term.Kind.DRUG, rest)) {
            if (m.start() >= listed && rest.substring(listed, m.start()).matches("\\s*(?:,|and|or)?\\s*")) {
                listed = m.end();
            } else if (m.start() >= said.length() && !m.term().canonical().equalsIgnoreCase(name)) {
                end = Math.min(end, m.start());
            }
        }
        return off(rest.substring(0, end)) || off(Negation.clause(lower.substring(0, at)));
    }

    private static boolean off(String words) {
        return OFF.matcher(words).find();
    }

    /** "The pill is still on your list here, so I'll take that off": a read-back of what is no longer taken. */
    static boolean takenOff(String text) {
        return TAKEN_OFF.matcher(text).find();
    }

    /** Where the visit says the drug {@code name}, said in {@code u} as {@code said}, is not taken, or null. */
    private static Support off(Context c, Utterance u, String name, String said) {
        if (!u.clinician()) {
            List<Utterance> turn = c.dialogue.ofTurn(u.turn());
            int at = turn.indexOf(u);
            String next = at >= 0 && at + 1 < turn.size() ? turn.get(at + 1).text() : "";
            String told = GOES_ON.matcher(next).find() ? u.text() + " " + next : u.text();
            return saidOff(c, told, name, said) ? Support.of(0.8, u.turn()) : null;
        }
        if (takenOff(c.dialogue.text(u.turn()))) {
            return Support.of(0.8, u.turn());
        }
        // "i see you were given oxy butter nin in august. are you still taking that": the turn's question asks of it
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        Utterance q = turn.get(turn.size() - 1);
        Utterance a = q.question() ? c.dialogue.answerTo(q) : null;
        if (a == null || a.clinician()) {
            return null;
        }
        String reply = c.dialogue.text(a.turn());
        boolean stillTaking = q.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:still|currently) "
                + "(?:taking|on|using)\\b.*");
        if (off(reply) || stillTaking && Negation.answer(a.text()) == Negation.Answer.NO) {
            return Support.of(0.8, u.turn(), a.turn());
        }
        return null;
    }
}
