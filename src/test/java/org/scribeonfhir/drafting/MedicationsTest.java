package org.scribeonfhir.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.model.Encoder;
import org.scribeonfhir.drafting.model.EntityRules;
import org.scribeonfhir.drafting.model.Labels;
import org.scribeonfhir.drafting.model.Span;
import org.scribeonfhir.ehr.ChartFact;

/** Drug + dose + route + frequency from the turns, the doctor's order, the turns and chart resources cited. */
class MedicationsTest {

    /** A turn whose given words the entity head would tag MEDICATION; the rules add doses and frequencies. */
    static TurnAnalysis turn(int n, String speaker, String part, String text, String... drugs) {
        float[] p = new float[Labels.SECTIONS.size()];
        p[Labels.SECTIONS.indexOf(part)] = 1f;
        List<Span> spans = new ArrayList<>();
        for (String d : drugs) {
            int at = text.indexOf(d);
            spans.add(new Span("MEDICATION", at, at + d.length(), 0.9));
        }
        return new TurnAnalysis(new Turn(n, speaker, text), new Encoder.Pieces(new long[0], new String[0], new int[0],
                new int[0]), p, EntityRules.annotate(text, spans));
    }

    static final ChartFact CHART_LISINOPRIL = new ChartFact("MedicationRequest/med-1", "medication",
            "Lisinopril 20 MG Oral Tablet", "1 tablet daily", null, null);

    static final List<TurnAnalysis> VISIT = List.of(
            turn(1, "doctor", NoteHeaders.HPI, "what dose of metformin are you taking ?", "metformin"),
            turn(2, "patient", NoteHeaders.HPI, "five hundred milligrams twice a day ."),
            turn(3, "patient", NoteHeaders.HPI, "and i take lisinopril 20 mg by mouth every morning .", "lisinopril"),
            turn(4, "doctor", NoteHeaders.ASSESSMENT_AND_PLAN,
                    "for your hypertension , i want to increase your lisinopril from 20 mg to 40 milligrams daily .",
                    "lisinopril"),
            turn(5, "doctor", NoteHeaders.ASSESSMENT_AND_PLAN, "there is no need for aspirin .", "aspirin"),
            turn(6, "patient", Labels.NONE, "okay , sounds good ."));

    @Test
    void aDrugTakesTheDoseRouteAndFrequencySaidWithItOrInTheAnswerToAQuestionAboutIt() {
        List<Medications.Mention> m = Medications.find(VISIT, List.of());
        assertThat(m).extracting(Medications.Mention::sig).containsExactly("metformin 500 mg twice daily",
                "lisinopril 20 mg by mouth every morning", "lisinopril 40 mg daily");
        assertThat(m.get(0).turns()).containsExactly(1, 2);
        assertThat(m.get(1).turns()).containsExactly(3);
        assertThat(m.get(2).order()).isEqualTo("Increase lisinopril to 40 mg daily.");
    }

    @Test
    void aNegatedDrugGivesNoStatement() {
        assertThat(Medications.find(VISIT, List.of())).noneMatch(x -> x.drug().equals("aspirin"));
    }

    @Test
    void theChartsMedicationRequestIsCitedBesideTheTurns() {
        Medications.Mention increase = Medications.find(VISIT, List.of(CHART_LISINOPRIL)).get(2);
        assertThat(increase.chartReference()).isEqualTo("MedicationRequest/med-1");
        assertThat(increase.evidence()).containsExactly(Evidence.transcript(List.of(4)),
                Evidence.fhir("MedicationRequest/med-1"));
    }

    @Test
    void historyListsCurrentMedicationsAndThePlanStatesTheOrderWithEvidence() {
        Map<String, List<Statement>> note = new TranscriptComposer(VISIT, Voice.Pronouns.FEMALE,
                List.of(CHART_LISINOPRIL)).compose();
        Statement current = note.get(NoteHeaders.HPI).stream().filter(s -> s.text().startsWith("Current medications"))
                .findFirst().orElseThrow();
        assertThat(current.text()).isEqualTo(
                "Current medications: metformin 500 mg twice daily, lisinopril 20 mg by mouth every morning.");
        assertThat(current.evidence()).containsExactly(Evidence.transcript(List.of(1, 2, 3)),
                Evidence.fhir("MedicationRequest/med-1"));
        List<Statement> plan = note.get(NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).extracting(Statement::text).containsExactly("Hypertension.",
                "• Medical Treatment: Increase lisinopril to 40 mg daily.",
                "Patient Agreements: The patient understands and agrees with the recommended medical treatment plan.");
        assertThat(plan.get(1).evidence()).containsExactly(Evidence.transcript(List.of(4)),
                Evidence.fhir("MedicationRequest/med-1"));
    }
}
