package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Problems of the plan said in one unpunctuated breath, and what is filed under each. */
class PlanProblemsTest {

    private static final String EXAM = "[doctor] on throat examination there is bilateral erythema with exudates "
            + "present bilaterally the uvula is midline on your lung exam your lungs have some coarse rhonchi so what does "
            + "all of that mean so all of that means is that you're showing signs of an upper respiratory infection so "
            + "let's just talk a little bit about my assessment and plan for you okay so for your first problem of your "
            + "sore throat i'm gon na go ahead and have the medical assistant come in and swab you for a rapid strep test "
            + "and if that's positive i wan na go ahead and prescribe amoxicillin five hundred milligrams three times a "
            + "day for ten days and i'm gon na give you some lidocaine swish and swallow so that will help with some of "
            + "the pain";
    private static final String NEXT = "[doctor] sure now for your next problem of your hypertension i wan na go ahead "
            + "and order a lipid panel on you and i think i do wan na increase the lisinopril to forty milligrams once a "
            + "day just to get your blood pressure under better control and we'll see how you do on the forty milligrams "
            + "once a day for your third problem of your diabetes let's go ahead and order a hemoglobin a1c";

    private static List<String> under(VisitModel v, String problem) {
        return v.plan().stream().filter(i -> problem.equals(i.problem()))
                .map(i -> i.medication() != null ? i.medication().drug() : i.text()).toList();
    }

    @Test
    void eachProblemSaidInOneBreathOpensItsOwnHeadingAndKeepsItsOrders() {
        VisitModel v = Visits.read("[doctor] how long has your throat been sore?", "[patient] about four days.", EXAM,
                "[patient] no that sounds good", NEXT);
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Sore throat", "Hypertension",
                "Type 2 diabetes mellitus");
        assertThat(v.problems()).extracting(Problem::certainty).containsOnly("confirmed");
        assertThat(under(v, "Sore throat")).contains("Order a rapid strep test.", "lidocaine")
                .anyMatch(l -> l.startsWith("If positive, will prescribe amoxicillin 500 mg"));
        assertThat(under(v, "Hypertension")).contains("lisinopril");
        assertThat(under(v, "Type 2 diabetes mellitus")).containsExactly("Order a hemoglobin A1c.");
    }

    @Test
    void aDrugGivenTodayIsNotCurrentEvenWhenTheClinicianSaysToStickWithIt() {
        VisitModel v = Visits.read("[doctor] on your prostate exam i do appreciate an enlarged prostate.",
                "[doctor] so for your first problem of difficulty urinating we can try to start you on what we call "
                        + "flomax zero point four milligrams once a day you should take it at night.",
                "[patient] have you seen that commercial for that prostate stuff does that work",
                "[doctor] i'm not really sure if it works let's just go ahead and stick with flomax.",
                EXAM);
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("tamsulosin") || m.drug().equals("lidocaine"))
                .extracting(Medication::action).containsOnly("start");
        assertThat(v.medications()).noneMatch(Medication::current);
    }

    @Test
    void anXrayShownByVoiceCommandIsAResultAndAWhyIsNoProblemOfItsOwn() {
        var note = Visits.draft("[doctor] on your knee exam, there is some edema of your right knee.",
                "[doctor] so we'll go ahead and we'll see if we can take a look at some of these things. i know that "
                        + "they did an x-ray before you came in, okay?",
                "[doctor] hey , dragon , show me the right knee x-ray . so here's the here's your right knee x-ray . "
                        + "this basically shows that there's good bony alignment . there's no acute fracture .",
                "[doctor] so for your knee pain, i think that this is an acute exacerbation of your arthritis. hey "
                        + "dragon ? order ultram 50 milligrams every six hours as needed for pain .",
                "[doctor] and then for your last problem, the hypothyroidism, you can't take some of those "
                        + "anti-inflammatory medications because of your kidney transplant, so, continue the synthroid.");
        assertThat(Visits.lines(note, "RESULTS")).anyMatch(l -> l.contains("no acute fracture"));
        List<String> plan = Visits.lines(note, "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.toLowerCase().contains("transplant") && l.matches("\\d\\..*"))
                .contains("• Medical Treatment: Start Ultram (tramadol) 50 mg every 6 hours as needed.");
        // what was said before the first problem is not written under the last one
        int told = plan.indexOf(plan.stream().filter(l -> l.contains("did an x-ray before")).findFirst().orElseThrow());
        assertThat(told).isLessThan(plan.indexOf(plan.stream().filter(l -> l.startsWith("1.")).findFirst()
                .orElseThrow()));
    }

    @Test
    void aMisheardOrdinalOrAPrimaryProblemNamesTheProblemAfterIt() {
        VisitModel v = Visits.read("[doctor] on exam you look pale.",
                "[doctor] so for you first problem this new anemia , we'll get an anemia profile .",
                "[doctor] for your primary primary problem you have acute esophagitis so we'll start protonix 40 mg "
                        + "daily .");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Anemia", "Esophagitis");
    }

    @Test
    void anOrderSaidRightAfterTheExamIsThePlanAndAProblemIntroducedWithFillersIsNamed() {
        VisitModel v = Visits.read("[doctor] and are you waking up at night to go to the bathroom does it impact your "
                        + "sleep", "[patient] yeah i'm still probably getting up three or four times a night",
                "[doctor] okay and ever have you ever had any issues where you had what we call urinary retention where "
                        + "you could n't pee", "[patient] my gosh no",
                "[doctor] on your prostate exam i do appreciate an enlarged prostate so for your first problem of this "
                        + "you know difficulty urinating because we did n't really appreciate that on physical exam i "
                        + "wan na go ahead and we can try to start you on what we call flomax zero point four milligrams "
                        + "once a day");
        assertThat(v.problems()).extracting(Problem::name).contains("Difficulty urinating");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("tamsulosin")).extracting(Medication::action)
                .containsExactly("start");
        assertThat(SymptomReaderTest.symptom(v, "urinary retention").presence())
                .isEqualTo(org.scribeonfhir.drafting.visit.Presence.DENIED);
        assertThat(v.symptoms()).extracting(s -> s.name()).contains("nocturia").doesNotContain("insomnia");
    }

    @Test
    void aDrugTheClinicianReadsBackFromTheChartIsTakenNotStarted() {
        VisitModel v = Visits.read("[patient] i fell playing basketball and the inside of my knee hurts",
                "[doctor] your right knee still looks a little swollen so i'm gonna go ahead and now i also see that "
                + "you're diabetic and that you take five hundred milligrams of metformin twice a day are you still on "
                + "that medication", "[patient] correct", "[doctor] i think you may have a medial collateral ligament "
                + "strain so i'm gonna give you a knee brace");
        Medication metformin = MedicationReaderTest.med(v, "metformin");
        assertThat(metformin.action()).isEqualTo("taking");
        assertThat(metformin.current()).isTrue();
        assertThat(metformin.dose()).isEqualTo("500 mg");
        assertThat(v.problems()).extracting(Problem::name).contains("Medial collateral ligament sprain");
    }

    @Test
    void anUlcerOfTheFootIsNoStomachUlcerAndFarmersLungIsNamed() {
        VisitModel foot = Visits.read("[doctor] the assistant told me you had this ulcer on your right foot",
                "[patient] yes, for a couple of weeks.", "[doctor] on exam there is granulation tissue in the wound.",
                "[doctor] so my assessment is that you have this ulcer and i want to order an x-ray of the foot");
        assertThat(foot.problems()).extracting(Problem::name).doesNotContain("Peptic ulcer disease")
                .anyMatch(n -> n.startsWith("Ulcer of the right foot"));
        VisitModel lung = Visits.read("[patient] i get short of breath on the days i unload hay.",
                "[doctor] on exam your lungs have a few crackles.", "[doctor] your symptoms seem consistent with a "
                        + "condition we call hypersensitivity pneumonitis, another name is farmer's lung");
        assertThat(lung.problems()).extracting(Problem::name).contains("Hypersensitivity pneumonitis");
    }

    @Test
    void thePlansTopicsNameTheProblemsAndEachDrugStaysWithTheProblemItWasOrderedFor() {
        VisitModel v = Visits.read("[doctor] alright, your lungs are clear and your heart is regular.",
                "[doctor] so here's my plan. for the diabetes, i'd like to increase the metformin to 1000 "
                        + "milligrams twice a day. i'm also referring you for your yearly diabetic eye exam since it's "
                        + "been over a year.",
                "[patient] okay.",
                "[doctor] for the blood pressure, you're above our goal, so i'm going to increase the lisinopril "
                        + "from 10 milligrams to 20 milligrams once a day.",
                "[patient] got it.",
                "[doctor] for the cholesterol, let's keep the atorvastatin at 20 milligrams once a day.",
                "[patient] okay.",
                "[doctor] great. so metformin up to 1000 twice a day, lisinopril up to 20 once a day, atorvastatin "
                        + "every day, and i'll see you back in 3 months.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Type 2 diabetes mellitus", "Hypertension",
                "Hyperlipidemia");
        assertThat(under(v, "Type 2 diabetes mellitus"))
                .contains("metformin", "Referral for yearly diabetic eye exam.");
        assertThat(under(v, "Hypertension")).contains("lisinopril").doesNotContain("metformin");
        assertThat(under(v, "Hyperlipidemia")).containsExactly("atorvastatin");
    }

    @Test
    void aProblemOpenedInASentenceKeepsTheLineThatNamesAnOlderProblemInPassing() {
        VisitModel v = Visits.read("[doctor] alright, your lungs are clear and your belly is soft.",
                "[doctor] so here's my plan. for the reflux, keep taking your omeprazole 20 milligrams every morning.",
                "[patient] okay.",
                "[doctor] about the smoking, quitting would also help your back heal and your reflux.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Gastroesophageal reflux disease",
                "Tobacco use disorder");
        assertThat(under(v, "Tobacco use disorder")).containsExactly(
                "Quitting would also help the patient's back heal and their reflux.");
        assertThat(under(v, "Gastroesophageal reflux disease")).containsExactly("omeprazole");
    }

    @Test
    void aDrugSaidUnderAnotherProblemGoesToTheProblemItTreats() {
        VisitModel v = Visits.read("[doctor] alright, your lungs are clear and your knee is swollen.",
                "[doctor] so here's my plan. for your high blood pressure, let's check a basic metabolic panel.",
                "[patient] okay.",
                "[doctor] for your knee osteoarthritis, we'll schedule the knee replacement, and i want you to "
                        + "continue your lisinopril 10 milligrams daily.");
        assertThat(under(v, "Hypertension")).contains("lisinopril");
        assertThat(under(v, "Osteoarthritis")).doesNotContain("lisinopril");
    }
}
