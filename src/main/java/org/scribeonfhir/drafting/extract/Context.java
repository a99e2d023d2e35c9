package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.model.ClinicalEntity;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.ehr.EncounterContext;

/** What every extractor reads: the dialogue, the model's view of each turn and sentence, the chart. */
final class Context {

    final Dialogue dialogue;
    final Vocabulary vocabulary;
    final EncounterContext chart;
    private final List<TurnAnalysis> analysis;
    private final Map<Utterance, Integer> index = new IdentityHashMap<>();
    private final double[] relevance;
    private final Part[] parts;
    /** The allergy labels the visit disproved ({@link DisprovedLabels}): their talk names no medicine taken. */
    final List<org.scribeonfhir.drafting.visit.Allergy> disproved = new ArrayList<>();

    Context(Dialogue dialogue, List<TurnAnalysis> analysis, double[] relevance, EncounterContext chart,
            Vocabulary vocabulary) {
        this.dialogue = dialogue;
        this.analysis = analysis;
        this.relevance = relevance;
        this.chart = chart;
        this.vocabulary = vocabulary;
        List<Utterance> all = dialogue.utterances();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        this.parts = Phases.assign(this);
    }

    /** "Hi there, you must be Ottoline": a word that names a person in this visit (the chart's patient or someone greeted). */
    boolean personName(String word) {
        String w = word.strip();
        if (chart != null && chart.patient() != null && chart.patient().name() != null && java.util.Arrays.stream(
                chart.patient().name().split("[\\s,.-]+")).anyMatch(w::equalsIgnoreCase)) {
            return true;
        }
        java.util.regex.Pattern greeted = java.util.regex.Pattern.compile("(?i)\\b(?:hi|hello|hey|bye|bye-bye|"
                + "goodbye|thanks|thank you|must be|this is|meet|say hi|say bye(?:-bye)?)(?: there)?,? "
                + java.util.regex.Pattern.quote(w) + "\\b");
        return dialogue.utterances().stream().anyMatch(u -> greeted.matcher(u.text()).find());
    }

    private String sex;
    private boolean sexRead;

    /** The patient's sex as {@link PatientReader} reads it (the chart's, else the visit's), read once per visit. */
    String patientSex() {
        if (!sexRead) {
            sex = PatientReader.sex(this);
            sexRead = true;
        }
        return sex;
    }

    /** The chart's gender; without one, the sex the visit tells ("her brother… he's on methylphenidate"). */
    String gender() {
        return chart != null && chart.patient() != null && chart.patient().gender() != null
                ? chart.patient().gender() : patientSex();
    }

    private Set<String> awaitingTest;

    /** The conditions the clinician still tests for ({@link AwaitingTest}), read once. */
    Set<String> awaitingTest() {
        if (awaitingTest == null) {
            awaitingTest = AwaitingTest.all(this);
        }
        return awaitingTest;
    }

    private List<VisitAliases.Alias> aliases;

    /** The brands this visit says are a known drug ({@link VisitAliases}), read once. */
    List<VisitAliases.Alias> aliases() {
        if (aliases == null) {
            aliases = VisitAliases.of(this);
        }
        return aliases;
    }

    List<Utterance> utterances() {
        return dialogue.utterances();
    }

    int indexOf(Utterance u) {
        return index.get(u);
    }

    Part part(Utterance u) {
        return parts[index.get(u)];
    }

    /** The relevance head's chance that the sentence is clinical content (not small talk). */
    double relevance(Utterance u) {
        return relevance[index.get(u)];
    }

    /** The section head's probabilities for the sentence's turn (order of {@code Labels.SECTIONS}). */
    float[] sections(Utterance u) {
        return analysis.isEmpty() ? null : analysis.get(u.turn() - 1).sections();
    }

    /** The model's entities inside this sentence, with offsets relative to the sentence. */
    List<ClinicalEntity> entities(Utterance u) {
        if (analysis.isEmpty()) {
            return List.of();
        }
        List<ClinicalEntity> out = new ArrayList<>();
        for (ClinicalEntity e : analysis.get(u.turn() - 1).entities()) {
            if (e.start() >= u.start() && e.end() <= u.end()) {
                out.add(new ClinicalEntity(e.type(), e.start() - u.start(), e.end() - u.start(), e.text(),
                        e.attributes(), e.confidence()));
            }
        }
        return out;
    }

    private final Map<String, List<Match>> conditions = new HashMap<>();

    /** The conditions the lexicon finds in a text, looked up once per text and visit (read again for every problem). */
    List<Match> conditions(String text) {
        return conditions.computeIfAbsent(text, t -> vocabulary.find(Term.Kind.CONDITION, t));
    }

    private final Map<Utterance, List<Match>> symptoms = new IdentityHashMap<>();

    /** The symptoms a sentence names ({@link LooseSymptoms}), read once per visit for the passes after the readers. */
    List<Match> symptoms(Utterance u) {
        return symptoms.computeIfAbsent(u, x -> LooseSymptoms.find(vocabulary, x.text()));
    }

    /** "a buckle fracture", "her hay fever": a symptom's words inside a longer condition's, not a complaint. */
    boolean inCondition(String text, Match m) {
        return conditions(text).stream().anyMatch(x -> x.start() <= m.start() && m.end() <= x.end()
                && x.end() - x.start() > m.end() - m.start());
    }

    Utterance next(Utterance u) {
        int i = index.get(u) + 1;
        return i < utterances().size() ? utterances().get(i) : null;
    }
}
