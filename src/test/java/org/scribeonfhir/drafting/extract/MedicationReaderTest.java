package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Medications as the visit left them: the last word wins. */
class MedicationReaderTest {

    static Medication med(VisitModel v, String drug) {
        return v.medications().stream().filter(m -> m.drug().equals(drug)).findFirst().orElseThrow();
    }

    @Test
    void correctedDoseKeepsOnlyTheLastValue() {
        VisitModel v = Visits.read(
                "[doctor] how are you doing with the cholesterol?",
                "[patient] fine.",
                "[doctor] on exam your lungs are clear.",
                "[doctor] for your cholesterol, let's increase the atorvastatin to 20 — no, sorry, 40 milligrams at night.");
        Medication m = med(v, "atorvastatin");
        assertThat(m.dose()).isEqualTo("40 mg");
        assertThat(m.action()).isEqualTo("increase");
        assertThat(m.frequency()).isEqualTo("nightly");
        assertThat(v.medications()).filteredOn(x -> x.drug().equals("atorvastatin")).hasSize(1);
    }

    @Test
    void thePatientsCorrectionReplacesWhatTheClinicianRead() {
        VisitModel v = Visits.read(
                "[doctor] you're on metformin 500 milligrams twice a day?",
                "[patient] no, it's 1000 milligrams twice a day now.");
        Medication m = med(v, "metformin");
        assertThat(m.dose()).isEqualTo("1000 mg");
        assertThat(m.frequency()).isEqualTo("twice daily");
        assertThat(m.current()).isTrue();
    }

    @Test
    void aStoppedMedicationIsNotCurrent() {
        VisitModel v = Visits.read(
                "[doctor] are you still taking the ibuprofen?",
                "[patient] no, i stopped it last week because of my stomach.",
                "[doctor] and the quetiapine, you've been off that since we tapered it?",
                "[patient] yes, off it since december.");
        assertThat(med(v, "ibuprofen").current()).isFalse();
        assertThat(med(v, "ibuprofen").action()).isEqualTo("stopped");
        assertThat(med(v, "quetiapine").current()).isFalse();
    }

    @Test
    void anAllergenIsNeverCurrentAndOrderingItRaisesANotice() {
        VisitModel v = Visits.read(
                "[doctor] any allergies?",
                "[patient] penicillin, i get hives.",
                "[doctor] i think this is strep throat.",
                "[doctor] let's start amoxicillin 500 milligrams three times a day for 10 days.");
        assertThat(med(v, "amoxicillin").current()).isFalse();
        assertThat(v.notices()).anyMatch(n -> n.contains("amoxicillin") && n.contains("penicillin"));
    }

    @Test
    void aChangeFromOneDoseToAnotherKeepsBoth() {
        VisitModel v = Visits.read(
                "[doctor] your blood pressure is 158 over 94 today.",
                "[doctor] cut the amlodipine from ten milligrams to five milligrams once a day.");
        Medication m = med(v, "amlodipine");
        assertThat(m.action()).isEqualTo("decrease");
        assertThat(m.previousDose()).isEqualTo("10 mg");
        assertThat(m.dose()).isEqualTo("5 mg");
    }

    @Test
    void anOrderInTheNextSentenceBelongsToTheDrugJustNamed() {
        VisitModel v = Visits.read(
                "[doctor] what you're describing is panic disorder.",
                "[doctor] second, a daily medicine: sertraline. we'll start with 25 milligrams once a day.");
        Medication m = med(v, "sertraline");
        assertThat(m.action()).isEqualTo("start");
        assertThat(m.dose()).isEqualTo("25 mg");
        assertThat(m.frequency()).isEqualTo("daily");
    }

    @Test
    void aHypotheticalDrugIsNotOrdered() {
        VisitModel v = Visits.read(
                "[doctor] i think this is a urinary tract infection.",
                "[doctor] if the culture shows resistance, we could switch to cephalexin.");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("cephalexin"));
    }

    @Test
    void aRelativesMedicationIsNotThePatients() {
        VisitModel v = Visits.read("[patient] my husband takes metformin for his sugar, but i don't take anything.");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("metformin"));
    }

    static List<String> drugs(VisitModel v) {
        return v.medications().stream().map(Medication::drug).toList();
    }

    @Test
    void aDrugStoppedInAnswerToItsQuestionIsRestartedNotContinued() {
        VisitModel v = Visits.read(
                "[doctor] are you using the fluticasone inhaler, two puffs twice a day?",
                "[patient] not really. i stopped it over the summer because i felt fine.",
                "[doctor] on exam you have some wheezes.",
                "[doctor] here's the plan. restart the fluticasone 44 micrograms, two puffs twice a day.");
        Medication m = med(v, "fluticasone");
        assertThat(m.action()).isEqualTo("restart");
        assertThat(m.current()).isFalse();
        assertThat(Visits.lines(Visits.draft(
                "[doctor] are you using the fluticasone inhaler, two puffs twice a day?",
                "[patient] not really. i stopped it over the summer because i felt fine.",
                "[doctor] on exam you have some wheezes.",
                "[doctor] here's the plan. restart the fluticasone 44 micrograms, two puffs twice a day.")))
                .anyMatch(l -> l.contains("Restart fluticasone 44 mcg"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("fluticasone"));
    }

    @Test
    void aRestartTheClinicianDeclinesIsNoOrder() {
        VisitModel v = Visits.read(
                "[patient] the amlodipine i stopped about a month ago. my ankles were swelling.",
                "[doctor] on exam your ankles look fine now.",
                "[doctor] i don't want to restart the amlodipine because of the swelling.");
        assertThat(med(v, "amlodipine").action()).isEqualTo("stopped");
    }

    @Test
    void aDailyLimitIsNotACorrectionAndAGelKeepsItsForm() {
        VisitModel v = Visits.read("[doctor] what brings you in?", "[patient] my left knee hurts when i walk.",
                "[doctor] let me examine you. lungs clear. mild tenderness at the medial joint line.",
                "[doctor] okay, so, one at a time. i want you to stop the naproxen.",
                "[doctor] instead: acetaminophen, 1000 milligrams three times a day, not more than 3000 a day. and "
                        + "diclofenac gel on the knee, four times a day.");
        assertThat(med(v, "acetaminophen").dose()).isEqualTo("1000 mg");
        assertThat(med(v, "acetaminophen").frequency()).isEqualTo("three times daily");
        assertThat(med(v, "diclofenac").route()).isEqualTo("gel");
    }
}
