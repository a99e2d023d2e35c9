package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;

import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Consultation;
import org.scribeonfhir.drafting.visit.ExamFinding;
import org.scribeonfhir.drafting.visit.Historian;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.PatientInfo;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Reason;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * Extraction: the dialogue, the model's reading of it and the chart in; the visit model out. Each reader
 * extracts one kind of fact; this class only orders them (the plan needs the medications, the reason needs
 * the symptoms and the plan).
 */
public final class VisitReader {

    private VisitReader() {
    }

    /**
     * @param analysis  the model's reading of each turn of {@code dialogue} (same order), or empty
     * @param relevance the relevance head's probability for each utterance of {@code dialogue}
     * @param chart     the encounter's chart, or null
     */
    public static VisitModel read(Dialogue dialogue, List<TurnAnalysis> analysis, double[] relevance,
            EncounterContext chart) {
        Context c = new Context(dialogue, analysis, relevance, chart, Vocabulary.get());
        PatientInfo patient = PatientReader.read(c);
        Historian historian = PatientReader.historian(c);
        List<Symptom> symptoms = SummaryHedges.apply(c, LateAdmissions.apply(c,
                LateRetractions.apply(c, NightStools.dropped(c, SymptomReader.read(c)))));
        List<Allergy> allergies = AllergyReader.read(c);
        MedicationReader.Result meds = MedicationReader.read(c, allergies, patient.pronouns());
        List<HistoryItem> history = new ArrayList<>();
        for (String h : patient.history()) {
            history.add(new HistoryItem("medical", h, null, patient.support() == null ? Support.of(0.8)
                    : patient.support()));
        }
        List<HistoryItem> told = new ArrayList<>(HistoryReader.read(c));
        told.addAll(ImmunizationReader.read(c));
        HistoryItem hand = Handedness.read(c);
        if (hand != null) {
            told.add(hand);
        }
        for (HistoryItem h : told) {
            boolean known = history.stream().anyMatch(x -> x.kind().equals(h.kind()) && x.text().equalsIgnoreCase(
                    h.text()) && java.util.Objects.equals(x.relative(), h.relative()));
            if (!known) {
                history.add(h);
            }
        }
        List<Measurement> measurements = MeasurementReader.read(c);
        PlanReader.Result plan = PlanReader.read(c, patient.pronouns(), meds.medications(), symptoms);
        Reason reason = ReasonReader.read(c, symptoms, plan.problems());
        List<String> notices = new ArrayList<>(dialogue.notices());
        notices.addAll(meds.notices());
        List<String> disputed = new ArrayList<>();
        for (ChartDisputes.Dispute d : ChartDisputes.find(c)) {
            disputed.add(d.reference());
            notices.add("Check the chart: it lists \"" + d.label() + "\", but the conversation says otherwise (turn "
                    + d.turn() + ").");
        }
        Consultation consultation = ConsultationReader.read(c);
        // "on the phone I can't examine you": a summary of the story ("so, pain and swelling…") is no finding
        boolean unexamined = consultation.mode().equals("telephone") && ConsultationReader.notExamined(c);
        List<ExamFinding> exam = unexamined ? List.of() : ExamReader.read(c, patient.pronouns());
        VisitModel model = new VisitModel(patient, historian, reason, symptoms, plan.problems(), meds.medications(),
                allergies, ChartSpelling.history(c, history), measurements, exam,
                ResultReader.read(c, patient.pronouns()),
                ChartSpelling.plan(c, DeclinedItems.apply(c, withRuledOut(c, plan))),
                ChartSpelling.narratives(c, NarrativeReader.read(c, patient.pronouns(), historian)), notices, disputed,
                consultation);
        model = DiabetesType.apply(c, model); // "type 1 diabetes, is that right?" … "the diabetes nurse"
        if (!dialogue.utterances().isEmpty() && (model.empty() || clinicalContentMissing(model))) {
            notices.add("The conversation holds no clinical content the drafter could use (it reads as small "
                    + "talk), so nothing was drafted from it.");
            return new VisitModel(patient, historian, chartReason(c), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), notices, disputed,
                    Consultation.IN_PERSON);
        }
        if (!dialogue.utterances().isEmpty() && model.exam().isEmpty() && !model.consultation().remote()
                && model.measurements().stream().noneMatch(m -> m.kind().equals("vital"))) {
            // the note leaves the exam empty rather than invent one; the reviewer is told to complete it
            return model.withNotice("No examination was described in the conversation: add the examination, or "
                    + "state that the patient was not examined, before signing.");
        }
        return model;
    }

    /** "It's not meningitis.", "This isn't whooping cough.": the sentence a "considered unlikely" line says again. */
    private static final java.util.regex.Pattern SAID_NOT = java.util.regex.Pattern.compile("(?i)^(?:it|this|that)"
            + "(?:'s| is)?(?: (?:very|highly|really))? ?(?:not|isn't|is not|unlikely to be)\\b[^,;:]*\\.$");

    private static List<PlanItem> withRuledOut(Context c, PlanReader.Result plan) {
        List<PlanItem> items = new ArrayList<>(plan.items());
        List<PlanItem> ruled = RuledOut.read(c, plan.problems());
        items.removeIf(i -> i.text() != null && i.kind().matches("counselling|reasoning")
                && SAID_NOT.matcher(i.text()).matches() && i.text().split("\\s+").length <= 8
                && ruled.stream().anyMatch(r -> r.support().turns().equals(i.support().turns())));
        items.addAll(ruled);
        return items;
    }

    /** Each sentence as the readers see it: turn, role, part of the visit, relevance, text (for development). */
    public static List<String> explain(Dialogue dialogue, List<TurnAnalysis> analysis, double[] relevance,
            EncounterContext chart) {
        Context c = new Context(dialogue, analysis, relevance, chart, Vocabulary.get());
        List<String> out = new ArrayList<>();
        for (var u : c.utterances()) {
            out.add(String.format("%3d %-11s %-7s %.2f %s%s", u.turn(), u.role(), c.part(u), c.relevance(u),
                    u.question() ? "? " : "", u.text()));
        }
        return out;
    }

    /** Only a reason and a story but nothing else clinical: a chat, not a visit. */
    private static boolean clinicalContentMissing(VisitModel m) {
        boolean saidWhy = m.reason() != null && m.reason().support() != null && !m.reason().support().turns().isEmpty();
        return !saidWhy && m.symptoms().isEmpty() && m.medications().isEmpty() && m.measurements().isEmpty()
                && m.exam().isEmpty() && m.results().isEmpty() && m.plan().isEmpty() && m.problems().isEmpty()
                && m.allergies().isEmpty() && m.history().isEmpty();
    }

    private static Reason chartReason(Context c) {
        if (c.chart != null && c.chart.encounter() != null && c.chart.encounter().reason() != null) {
            return new Reason(ReasonReader.capital(c.chart.encounter().reason().strip()),
                    Support.chart("Encounter/" + c.chart.encounter().id()));
        }
        return null;
    }
}
