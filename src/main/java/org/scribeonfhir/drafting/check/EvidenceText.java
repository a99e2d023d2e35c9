package org.scribeonfhir.drafting.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.scribeonfhir.drafting.Evidence;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.extract.LooseSymptoms;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.PlanTopics;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * What a statement cites, as text the check can search: the cited turns (normalised the way the drafter read
 * them, sentence by sentence, with the answer to a cited question) and the cited chart resources.
 */
final class EvidenceText {

    final List<Utterance> utterances = new ArrayList<>();
    final List<String> chart = new ArrayList<>();
    private final Dialogue dialogue;
    // Read once per evidence: the whole visit is the evidence of every line the safety checks look at.
    private String all;
    private Set<String> terms;
    private List<Quantity> quantities;
    private final Map<Utterance, Map<Term.Kind, List<Match>>> mentions = new HashMap<>();
    private boolean whole;

    private EvidenceText(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    static EvidenceText of(Statement s, Dialogue dialogue, EncounterContext context) {
        EvidenceText e = new EvidenceText(dialogue);
        for (Evidence ev : s.evidence()) {
            if (ev.turns() != null) {
                for (int t : ev.turns()) {
                    e.utterances.addAll(dialogue.ofTurn(t));
                }
            }
            if (ev.reference() != null && context != null) {
                e.chart.add(chartText(ev.reference(), context));
            }
        }
        return e;
    }

    /** Every turn of the visit and every fact of the chart (none when {@code context} is null). */
    static EvidenceText whole(Dialogue dialogue, EncounterContext context) {
        EvidenceText e = new EvidenceText(dialogue);
        e.whole = true;
        e.utterances.addAll(dialogue.utterances());
        if (context != null) {
            for (List<ChartFact> list : List.of(context.conditions(), context.vitals(), context.labs(),
                    context.medications(), context.allergies(), context.priorNotes())) {
                list.forEach(f -> e.chart.add(factText(f))); // each fact once, not looked up by reference
            }
            if (context.patient() != null) {
                e.chart.add(chartText("Patient/" + context.patient().id(), context));
            }
            if (context.encounter() != null) {
                e.chart.add(chartText("Encounter/" + context.encounter().id(), context));
            }
        }
        return e;
    }

    /**
     * The whole visit, not the turns a statement cites: there, an uncertain mention ("call if you develop a
     * fever") says nothing about whether the patient has it.
     */
    boolean whole() {
        return whole;
    }

    /** The clinical terms of the evidence, as "KIND:canonical". */
    Set<String> terms() {
        if (terms == null) {
            terms = new HashSet<>();
            for (Match m : Vocabulary.get().find(all(), Term.Kind.values())) {
                terms.add(m.term().kind() + ":" + m.term().canonical());
            }
            LooseSymptoms.find(Vocabulary.get(), all()).forEach(m -> terms.add(Term.Kind.SYMPTOM + ":" + m.term()
                    .canonical()));
            PlanTopics.conditions(all()).forEach(c -> terms.add(Term.Kind.CONDITION + ":" + c));
            // "It's my back.": the place alone, read as its pain
            utterances.stream().map(u -> LooseSymptoms.byPlace(Vocabulary.get(), u.text())).filter(Objects::nonNull)
                    .forEach(m -> terms.add(Term.Kind.SYMPTOM + ":" + m.term().canonical()));
        }
        return terms;
    }

    /** The numbers of the evidence, left to right. */
    List<Quantity> quantities() {
        if (quantities == null) {
            quantities = Quantities.find(all());
        }
        return quantities;
    }

    /** The terms of this kind an utterance names. */
    List<Match> mentions(Utterance u, Term.Kind kind) {
        return mentions.computeIfAbsent(u, k -> new EnumMap<>(Term.Kind.class))
                .computeIfAbsent(kind, k -> k == Term.Kind.SYMPTOM ? LooseSymptoms.find(Vocabulary.get(), u.text())
                        : Vocabulary.get().find(k, u.text()));
    }

    Dialogue dialogue() {
        return dialogue;
    }

    boolean empty() {
        return utterances.isEmpty() && chart.stream().allMatch(String::isBlank);
    }

    /** Everything cited, one piece per line, lower case, with "a week" read as "1 week". */
    String all() {
        if (all != null) {
            return all;
        }
        StringBuilder b = new StringBuilder();
        for (Utterance u : utterances) {
            b.append(u.text()).append('\n');
            if (u.clinician() && u.question()) {
                b.append(org.scribeonfhir.drafting.extract.Phrasing.asPatient(u.text())).append('\n');
            }
        }
        chart.forEach(c -> b.append(c).append('\n'));
        all = normal(b.toString());
        return all;
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\b(?:a|an|one) (day|week|month|year|hour|night|minute)s?\\b",
                "1 $1").replaceAll("\\ba couple (?:of )?(day|week|month|year|hour)s?\\b", "2 $1s")
                .replaceAll("\\btwo\\b", "2").replaceAll("\\bsingle\\b", "1");
    }

    private static String factText(ChartFact f) {
        return f.label() + ": " + (f.value() == null ? "" : f.value()) + ' ' + (f.date() == null ? "" : f.date()) + ' '
                + (f.flag() == null ? "" : f.flag());
    }

    private static String chartText(String reference, EncounterContext c) {
        StringBuilder b = new StringBuilder();
        List<List<ChartFact>> lists = List.of(c.conditions(), c.vitals(), c.labs(), c.medications(), c.allergies(),
                c.priorNotes());
        for (List<ChartFact> list : lists) {
            for (ChartFact f : list) {
                if (reference.equals(f.reference())) {
                    b.append(factText(f));
                }
            }
        }
        if (c.patient() != null && reference.equals("Patient/" + c.patient().id())) {
            b.append(c.patient().name()).append(' ').append(c.patient().gender() == null ? "" : c.patient().gender());
            age(c).ifPresent(a -> b.append(' ').append(a).append("-year-old"));
        }
        if (c.encounter() != null && reference.equals("Encounter/" + c.encounter().id())) {
            b.append(c.encounter().reason() == null ? "" : c.encounter().reason()).append(' ')
                    .append(c.encounter().type() == null ? "" : c.encounter().type());
        }
        return b.toString();
    }

    private static java.util.Optional<Integer> age(EncounterContext c) {
        try {
            LocalDate born = LocalDate.parse(c.patient().birthDate().substring(0, 10));
            String start = c.encounter() == null ? null : c.encounter().start();
            LocalDate on = start == null ? LocalDate.now() : LocalDate.parse(start.substring(0, 10));
            return java.util.Optional.of(Period.between(born, on).getYears());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
