package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.PlanItem;
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
    void aChartDrugStoppedInTheAnswerOrTheNextSentenceOrSaidToBeOffIsNotCurrent() {
        VisitModel v = Visits.read(
                "[doctor] and the quetiapine the out-of-hours doctor gave you for sleep?",
                "[patient] I stopped that. Six weeks ago. It knocked me out.",
                "[doctor] I see a note about your psoriasis cream.",
                "[patient] Yes, the calcipotriol. I stopped it back in the summer, it stung.",
                "[doctor] Okay, so you've been off the hydrochlorothiazide for a month.",
                "[patient] yes. i've been off work this week and taking lisinopril every day.");
        assertThat(List.of("quetiapine", "calcipotriene", "hydrochlorothiazide"))
                .allSatisfy(d -> assertThat(med(v, d).current()).as(d).isFalse());
        assertThat(med(v, "lisinopril").current()).isTrue();
    }

    @Test
    void aDrugUsedBeforeOrNotToBeRestartedStaysStoppedAndAskingAboutOneIsNotTakingIt() {
        VisitModel v = Visits.read(
                "[patient] I used to take naproxen for my shoulder, the Aleve, but the hospital told me to stop it.",
                "[patient] Urgent care gave me cyclobenzaprine, but I only took it two days and then I stopped it.",
                "[patient] What about a cortisone injection in the elbow? My colleague had one.",
                "[doctor] on exam, your back is tender.",
                "[doctor] For pain, keep going with the ibuprofen. Don't restart the cyclobenzaprine, it didn't agree with you.");
        assertThat(med(v, "naproxen").current()).isFalse();
        assertThat(med(v, "cyclobenzaprine").action()).isEqualTo("stopped");
        assertThat(v.medications()).noneMatch(m -> m.drug().contains("cortisone"));
    }

    @Test
    void dontStopItAgainKeepsTheRestartAndDropDownToIsADecrease() {
        VisitModel v = Visits.read("[doctor] and you're taking the amlodipine, ten milligrams, every morning?",
                "[patient] yes.", "[patient] i should probably confess something. i stopped the allopurinol.",
                "[doctor] on exam, pitting swelling at both ankles.",
                "[doctor] the swelling is very likely the amlodipine. i'd like to drop the amlodipine back down to five "
                        + "milligrams once a day.",
                "[doctor] now, the allopurinol, i do want you back on it.", "[doctor] so let's restart it at three "
                        + "hundred milligrams, sorry, no, let me correct that, restart at one hundred milligrams once a "
                        + "day.",
                "[doctor] i want you on colchicine alongside, half a milligram once a day, for the next three months.",
                "[doctor] and please don't stop the allopurinol on your own again, even when you feel well.");
        assertThat(med(v, "allopurinol").action()).isEqualTo("restart");
        assertThat(med(v, "allopurinol").dose()).isEqualTo("100 mg");
        assertThat(med(v, "amlodipine").action()).isEqualTo("decrease");
        assertThat(med(v, "amlodipine").dose()).isEqualTo("5 mg");
        assertThat(med(v, "colchicine").dose()).isEqualTo("0.5 mg");
        VisitModel dropped = Visits.read("[doctor] on exam, your stomach is tender.", "[doctor] so this is gastritis. "
                + "let's drop the ibuprofen, it's not good for your stomach.");
        assertThat(med(dropped, "ibuprofen").action()).isEqualTo("stop");
    }

    @Test
    void aTitrationKeepsItsNextStep() {
        VisitModel v = Visits.read("[doctor] on exam, your heart is regular.", "[doctor] for the anxiety, i'd like to "
                + "start sertraline 25 milligrams once a day for 1 week, then increase to 50 milligrams once a day.",
                "[doctor] i think the palpitations are most likely from anxiety and caffeine.");
        assertThat(med(v, "sertraline").dose() + " " + med(v, "sertraline").frequency())
                .isEqualTo("25 mg daily for 1 week, then 50 mg daily");
        assertThat(v.plan()).extracting(PlanItem::text).noneMatch(t -> t != null && t.startsWith("Likely")
                && t.contains("most likely"));
    }

    @Test
    void aDrugWhichSheHasStoppedAndStaysOffIsNotCurrent() {
        VisitModel v = Visits.read(
                "[doctor] thank you. medications: just the omeprazole, which she's stopped. anything for the periods?",
                "[interpreter] she says only paracetamol sometimes.",
                "[doctor] on exam, she looks pale.",
                "[doctor] and since the heartburn's gone, she can stay off the omeprazole.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("omeprazole")).isNotEmpty()
                .allMatch(m -> !m.current());
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

    @Test
    void aDrugLevelIsATestNotAnOrderToRaiseTheDrug() {
        VisitModel v = Visits.read(
                "[doctor] you're on the lithium, 450 mg twice a day?",
                "[patient] yep, morning and night.",
                "[doctor] on exam, you're calm, good eye contact.",
                "[doctor] continue lithium 450 mg twice a day.",
                "[doctor] avoid ibuprofen and naproxen, they raise the lithium level.",
                "[doctor] we'll repeat a lithium level in 3 months.");
        assertThat(med(v, "lithium").action()).isEqualTo("continue");
        assertThat(med(v, "lithium").dose()).isEqualTo("450 mg");
    }

    @Test
    void aNewSigForTheInhalerInUseContinuesIt() {
        VisitModel v = Visits.read(
                "[doctor] how often has he been using the albuterol inhaler?",
                "[parent] yesterday about four times during the day.",
                "[doctor] on exam, i hear wheezing on both sides.",
                "[doctor] i'm going to give him oral prednisolone 40 mg once a day for five days.",
                "[doctor] albuterol: 4 puffs with the spacer every 4 hours while he's awake for the next two days.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("albuterol")).singleElement()
                .satisfies(m -> assertThat(m.action()).isEqualTo("continue"))
                .satisfies(m -> assertThat(m.dose()).isEqualTo("4 puffs"));
    }

    @Test
    void aFinishedCourseIsNotCurrent() {
        VisitModel v = Visits.read("[doctor] any other medicines lately?",
                "[patient] well, the keflex, for the cellulitis. i finished the keflex last week, all ten days.");
        assertThat(med(v, "cephalexin").current()).isFalse();
    }

    @Test
    void keepGoingWithTheIbuprofenContinuesIt() {
        VisitModel v = Visits.read("[parent] just the children's ibuprofen, i gave him some at six this morning.",
                "[doctor] on exam, i can hear crackles on the right.",
                "[doctor] the plan is amoxicillin 600 mg twice a day for seven days.",
                "[doctor] for the fever you can keep going with the children's ibuprofen every six to eight hours as needed.");
        assertThat(med(v, "ibuprofen").action()).isEqualTo("continue");
        assertThat(med(v, "ibuprofen").frequency()).contains("as needed");
    }

    @Test
    void aVaccineNotYetHadIsNotAStoppedMedicationAndIsRecommendedInThePlan() {
        String[] visit = {"[doctor] and have you had the shingles vaccine, the shingrix?",
            "[patient] no, i kept meaning to.", "[doctor] on exam, there are clusters of blisters on the left side.",
            "[doctor] so this is shingles. start valacyclovir 1000 mg three times a day for seven days.",
            "[doctor] once it's all healed, in a couple of months, let's get you the shingrix vaccine."};
        VisitModel v = Visits.read(visit);
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("recombinant zoster vaccine")).singleElement()
                .satisfies(m -> assertThat(m.action()).isEqualTo("vaccinate"))
                .satisfies(m -> assertThat(m.current()).isFalse());
        assertThat(Visits.lines(Visits.draft(visit))).anyMatch(l -> l.endsWith(
                "Recommend Shingrix (recombinant zoster vaccine).")).noneMatch(l -> l.contains("no longer taking"));
    }

    @Test
    void aListReadOutAndCarriedOnKeepsEachDrugsVerbAndDose() {
        VisitModel v = Visits.read(
                "[doctor] let me go through your medicines. i've got aspirin 81 once a day, lisinopril 10 once a day, "
                        + "and carvedilol 6.25 twice a day.", "[patient] that's right.",
                "[doctor] on exam, heart sounds are regular, no murmurs.",
                "[doctor] here's the plan. keep the aspirin at 81 once a day, don't double it up.",
                "[doctor] carry on with the carvedilol 6.25 twice a day and the lisinopril 10 once a day.");
        assertThat(med(v, "lisinopril").action()).isEqualTo("continue");
        assertThat(med(v, "aspirin").dose()).isEqualTo("81 mg");
        assertThat(med(v, "aspirin").action()).isEqualTo("continue");
    }

    @Test
    void thePatientsReadBackOfANewDrugDoesNotMakeItOneTheyTake() {
        VisitModel v = Visits.read("[doctor] on exam, you're tender over the lateral malleolus.",
                "[doctor] for pain, stop the ibuprofen and switch to naproxen, 500 milligrams twice a day with food, for "
                        + "two weeks.", "[patient] naproxen 500 twice a day. got it.");
        assertThat(med(v, "naproxen").action()).isEqualTo("start");
    }
}
