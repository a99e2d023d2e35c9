package org.scribeonfhir.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** Every trap type of the challenge set, one fixture each: what a careless drafter writes must not be written. */
class TrapsTest {

    static List<String> note(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void smallTalkStaysOut() {
        assertThat(note("[patient] my grandson's team won the city cup, he scored 28 points.",
                "[doctor] congratulations! so what brings you in?", "[patient] my right knee hurts when i climb stairs."))
                .noneMatch(l -> l.contains("28") || l.contains("cup") || l.contains("grandson"));
    }

    @Test
    void aCorrectedDoseIsNotKept() {
        assertThat(note("[doctor] on exam, your lungs are clear.",
                "[doctor] for your cholesterol, let's start atorvastatin 20 — no, sorry, 40 milligrams at night."))
                .noneMatch(l -> l.contains("20 mg")).anyMatch(l -> l.contains("Start atorvastatin 40 mg nightly"));
    }

    @Test
    void aDrugNamedAndCorrectedToAnotherKeepsOnlyTheOneMeant() {
        assertThat(note("[doctor] on exam, your throat is red with exudates.", "[doctor] from a rapid strep "
                + "standpoint we're gonna go ahead and treat you with penicillin or, i'm sorry, amoxicillin, 500 "
                + "milligrams, three times a day."))
                .noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("penicillin"))
                .anyMatch(l -> l.contains("Start amoxicillin 500 mg three times daily"));
    }

    @Test
    void aStoppedMedicationIsNotCurrentOrContinued() {
        assertThat(note("[doctor] what are you taking?",
                "[patient] lisinopril 10 milligrams every morning. i stopped the amlodipine a month ago, my ankles swelled."))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("amlodipine"))
                .noneMatch(l -> l.contains("Continue amlodipine"))
                .anyMatch(l -> l.contains("no longer taking amlodipine")
                        || l.startsWith("Stopped amlodipine because of"));
    }

    @Test
    void anAllergenIsNotACurrentMedication() {
        assertThat(note("[doctor] any allergies?", "[patient] bactrim, i broke out in hives.",
                "[doctor] and what do you take?", "[patient] sertraline 50 milligrams a day."))
                .noneMatch(l -> l.startsWith("Current medications") && l.toLowerCase().contains("bactrim"))
                .anyMatch(l -> l.startsWith("Allergies:") && l.contains("hives"));
    }

    @Test
    void aRelativesConditionIsFamilyHistoryOnly() {
        assertThat(note("[doctor] any heart problems in the family?",
                "[patient] my brother had a heart attack at 50 and they put in a stent. i've never had heart trouble."))
                .noneMatch(l -> l.startsWith("Past") && (l.contains("stent") || l.contains("myocardial")))
                .anyMatch(l -> l.startsWith("Family history: brother with"));
    }

    @Test
    void whatRunsInTheFamilyIsFamilyHistoryWithoutAnInventedRelative() {
        String[] visit = {"[doctor] and what conditions would you say run in your family?",
            "[patient] i have high blood pressure and diabetes.", "[doctor] okay. on exam your lungs are clear."};
        DraftNote d = Visits.draft(visit);
        assertThat(Visits.lines(d)).noneMatch(l -> l.startsWith("Past medical"))
                .contains("Family history: hypertension; type 2 diabetes mellitus.");
        assertThat(Visits.check(d, visit).problems()).isEmpty();
    }

    @Test
    void aHypotheticalIsNeitherAProblemNorAnOrder() {
        assertThat(note("[doctor] on exam there's tenderness over the medial joint line.",
                "[doctor] i think this is a medial meniscus strain. let's get an mri of the right knee.",
                "[doctor] if the mri shows a tear, we'd talk about surgery."))
                .noneMatch(l -> l.matches("\\d+\\. .*(?i)tear.*"))
                .noneMatch(l -> l.contains("Medical Treatment: ") && l.toLowerCase().contains("surgery")
                        && !l.contains("If"));
    }

    @Test
    void aDeniedSymptomIsNotEndorsed() {
        assertThat(note("[doctor] any fever or chills?", "[patient] no, none.", "[patient] but i do have a cough."))
                .noneMatch(l -> l.matches("(?i).*(?:reports|endorses)[^.]*fever.*"))
                .anyMatch(l -> l.contains("denies fever or chills"));
    }

    @Test
    void theHistoriansOwnSymptomIsNotThePatients() {
        assertThat(note("[doctor] what's going on with Juniper?",
                "[mom] she's been pulling at her left ear and had a fever of 39.4. i've got a sore throat myself."))
                .noneMatch(l -> l.toLowerCase().contains("sore throat"));
    }

    @Test
    void aChartDetailTheVisitContradictsIsNotRepeated() {
        EncounterContext chart = new EncounterContext(new PatientFacts("p1", "Otto Example", "1960-01-01", "male", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()),
                List.of(new ChartFact("Condition/c1", "condition", "Coronary stent placement (2019)", "active", null,
                        null)), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        DraftNote d = Visits.draft(chart, "[doctor] it says here you had a stent placed in 2019?",
                "[patient] a stent? no, i've never had a stent. that was my brother.");
        assertThat(Visits.lines(d)).noneMatch(l -> l.toLowerCase().contains("stent"));
        assertThat(Visits.read(chart, "[doctor] it says here you had a stent placed in 2019?",
                "[patient] a stent? no, i've never had a stent. that was my brother.").notices())
                .anyMatch(n -> n.contains("Coronary stent placement"));
    }

    private static EncounterContext chartWith(ChartFact... medications) {
        return new EncounterContext(new PatientFacts("p1", "Ada Example", "1990-01-01", "female", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), List.of(medications), List.of(), List.of(), null, null, List.of());
    }

    @Test
    void aChartMedicationTheVisitStopsIsNeitherCurrentNorListedFromTheChart() {
        EncounterContext chart = chartWith(new ChartFact("MedicationRequest/m1", "medication",
                "Levonorgestrel 150 mcg / ethinylestradiol 30 mcg oral tablet", "1 tablet daily", null, null),
                new ChartFact("MedicationRequest/m2", "medication", "Sertraline 50 mg oral tablet", "1 tablet daily",
                        null, null));
        DraftNote d = Visits.draft(chart, "[patient] oh, i started the pill about six months ago, for my skin. the "
                        + "combined one.", "[doctor] and the sertraline, that's definitely stopped?",
                "[patient] yes, since the day you said.", "[doctor] on exam, your neurological exam is normal.",
                "[doctor] the combined pill raises the risk of stroke with aura, so i'd like you to stop the combined "
                        + "pill today.");
        assertThat(Visits.lines(d)).noneMatch(l -> l.startsWith("Medications on the chart")
                || l.startsWith("Current medications") && (l.contains("sertraline") || l.contains("contraceptive")));
        assertThat(Visits.lines(d, NoteHeaders.ASSESSMENT_AND_PLAN)).anyMatch(l -> l.contains("Stop")
                && l.contains("combined oral contraceptive"));
    }
}
