package org.scribeonfhir.drafting.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/** The plan's problem blocks: opening one, finding the one a line or a drug belongs to. */
final class ProblemBlocks {

    private ProblemBlocks() {
    }

    /** The block of a stated diagnosis: a complaint block without lines yet gives way to it. */
    static ProblemBlock diagnosed(Context c, List<ProblemBlock> blocks, ProblemBlock current, Diagnoses.Diagnosis d,
            Utterance u) {
        if ((d.certainty().equals("suspected") || d.certainty().equals("possible")) && known(c, d.name())
                && !AwaitingTest.of(c, d.name())) {
            d = new Diagnoses.Diagnosis(d.name(), "confirmed", d.start());
        }
        for (ProblemBlock b : blocks) {
            if (b.named(d.name()) || b.name.toLowerCase(Locale.ROOT).contains(d.name().toLowerCase(Locale.ROOT))) {
                return b;
            }
            if (d.name().toLowerCase(Locale.ROOT).contains(b.name.toLowerCase(Locale.ROOT))
                    || course(d.name(), b.name)) {
                // said again more precisely ("acute otitis media, left ear"): the block takes the precise name
                b.name = d.name();
                b.support = b.support.and(Support.of(b.support.confidence(), u.turn()));
                return b;
            }
        }
        if (current != null && current.complaint(c) && current.items.isEmpty()) {
            blocks.remove(current);
        }
        return block(blocks, d.name(), d.certainty(), u);
    }

    private static final Set<String> COURSE = Set.of("acute", "chronic", "exacerbation", "flare",
            "attack", "episode", "recurrent", "mild", "moderate", "severe", "uncontrolled", "worsening");

    /**
     * "Gout, an acute gout flare in your right big toe": the same condition said again with its course only
     * ("Acute gout exacerbation, right big toe" for "Gout, right big toe"), not "pulmonary hypertension" for
     * "hypertension".
     */
    private static boolean course(String precise, String said) {
        List<String> more = words(precise);
        List<String> less = words(said);
        return more.size() > less.size() && more.containsAll(less) && COURSE.containsAll(more.stream()
                .filter(w -> !less.contains(w)).toList());
    }

    private static List<String> words(String name) {
        return Arrays.asList(name.split(",")[0].toLowerCase(Locale.ROOT).split("\\W+"));
    }

    /** A condition the patient already has (said in the history, or on the chart) is not "likely". */
    static boolean known(Context c, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (c.chart != null && c.chart.conditions().stream().anyMatch(f -> f.label().toLowerCase(Locale.ROOT)
                .contains(n))) {
            return true;
        }
        for (Utterance u : c.utterances()) {
            if (c.part(u) == Part.HISTORY) {
                for (Match m : c.vocabulary.find(Term.Kind.CONDITION, u.text())) {
                    // "My father. He had a stroke at seventy." is no stroke of the patient's already known
                    if (m.term().canonical().equalsIgnoreCase(name)
                            && Attribution.of(u, m.start()).equals(Attribution.PATIENT)
                            && Negation.of(u.text(), m.start(), m.end()) == Presence.PRESENT) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The block of this name, opened when there is none yet. */
    static ProblemBlock block(List<ProblemBlock> blocks, String name, String certainty, Utterance u) {
        for (ProblemBlock b : blocks) {
            if (b.named(name)) {
                return b;
            }
        }
        ProblemBlock b = new ProblemBlock(name, certainty, Support.of(0.75, u.turn()), u.turn());
        blocks.add(b);
        return b;
    }

    /** The problem a line names (a known problem's words in it), else the one being discussed. */
    static ProblemBlock named(Context c, List<ProblemBlock> blocks, String text, ProblemBlock current) {
        for (Match m : c.vocabulary.find(text, Term.Kind.CONDITION)) {
            for (ProblemBlock b : blocks) {
                if (b.named(ProblemNames.capital(m.term().canonical()))) {
                    return b;
                }
            }
        }
        return current;
    }

    /** A drug's problem: the block it was ordered in, unless it treats another block's problem. */
    static ProblemBlock forDrug(Context c, List<ProblemBlock> blocks, Medication m) {
        Term drug = c.vocabulary.lookup(Term.Kind.DRUG, m.drug());
        ProblemBlock byTurn = null;
        int last = ordered(c, m);
        for (ProblemBlock b : blocks) {
            if (b.start <= last && (byTurn == null || b.start >= byTurn.start)) {
                byTurn = b;
            }
        }
        if (drug != null && byTurn != null && !treats(drug, byTurn.name)) {
            // "…hypertension, increase the lisinopril… for your diabetes, an A1c", or metformin said after the
            // knee's plan: the problem the drug treats, the latest one opened first
            for (int i = blocks.size() - 1; i >= 0; i--) {
                if (treats(drug, blocks.get(i).name)) {
                    return blocks.get(i);
                }
            }
        }
        if (drug != null && byTurn == null) {
            for (ProblemBlock b : blocks) {
                if (treats(drug, b.name)) {
                    return b;
                }
            }
        }
        return byTurn;
    }

    /**
     * The turn the drug was ordered in: its first turn in the plan, not the closing summary ("so metformin up to
     * 1000, lisinopril up to 20…") said after the last problem was opened.
     */
    private static int ordered(Context c, Medication m) {
        List<Integer> turns = m.support().turns();
        for (Utterance u : c.utterances()) {
            if (turns.contains(u.turn()) && c.part(u) == Part.PLAN && u.clinician()) {
                return u.turn();
            }
        }
        return turns.isEmpty() ? -1 : turns.get(turns.size() - 1);
    }

    private static boolean treats(Term drug, String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        return drug.related().stream().anyMatch(i -> p.contains(i) || i.contains(p));
    }

    /**
     * "Eli has an ear infection in the left ear, acute otitis media" … "for ear infections we use a high dose": one
     * problem named twice, once with its side; its items go under the first.
     */
    static void sameProblem(List<ProblemBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            ProblemBlock first = blocks.get(i);
            for (int j = blocks.size() - 1; j > i; j--) {
                ProblemBlock later = blocks.get(j);
                if (later.name.equals(first.name) || first.name.startsWith(later.name + ", ")) {
                    first.items.addAll(later.items);
                    first.support = first.support.and(later.support);
                    blocks.remove(j);
                }
            }
        }
    }
}
