package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.72 read (`src/challenge/reads/2.5.72`), each written again in our own words: a drug the patient
 * turned down, and the clinician let go, written as started; a dose given in the clinic written as a twice-daily
 * prescription; allergies told while listing medicines lost, given to the drug named before them, or read back as a
 * complaint; "Mam" not a mother; the "three-month sugar" read as a glucose; autumn read as a fall; and, from the
 * 2.5.73 read, "Tylenol's fine too, no more than three thousand a day" giving its limit to the drug before it.
 */
class DeclinedDrugsAllergyListsAndClinicDosesTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aDrugTheClinicianLetsGoIsNotPrescribed() {
        assertThat(all("[patient] My sugars have been creeping up.",
                "[doctor] I think this is type 2 diabetes that needs more treatment. There's a tablet called "
                        + "dapagliflozin, ten milligrams once a day, that helps the sugar and the heart.",
                "[patient] My neighbour got terrible thrush on one of those. I'd rather not.",
                "[doctor] That's your decision, no dapagliflozin then. We'll put the metformin up instead."))
                .anyMatch(l -> l.contains("Dapagliflozin not prescribed"))
                .noneMatch(l -> l.contains("Start dapagliflozin"));
    }

    @Test
    void noDrugForNowIsNotPrescribed() {
        assertThat(all("[patient] My ankles are swollen again and I'm more breathless.",
                "[doctor] I think your heart failure has got worse. I'd like to add empagliflozin, ten milligrams a "
                        + "day.",
                "[patient] I've got enough tablets. Let's leave it.",
                "[doctor] Okay, no empagliflozin for now, we'll talk about it next time."))
                .anyMatch(l -> l.contains("Empagliflozin not prescribed"))
                .noneMatch(l -> l.contains("Start empagliflozin"));
    }

    @Test
    void aDoseTheNurseGivesHereNowIsGivenInTheClinic() {
        assertThat(all("[patient] I've put on three kilos this week and my legs are swollen.",
                "[doctor] I think this is fluid from your heart failure. So first, the nurse will give you "
                        + "furosemide, eighty milligrams IV, here now.",
                "[nurse] Eighty milligrams IV furosemide, going in now."))
                .anyMatch(l -> l.contains("Furosemide 80 mg IV given in clinic"))
                .noneMatch(l -> l.contains("Start furosemide 80 mg IV"));
    }

    @Test
    void cannotHaveADrugIsAnAllergyAndItsRashNoComplaint() {
        List<String> note = all("[daughter] She's been muddled since the weekend and she's weeing all the time.",
                "[doctor] What medicines does she take?",
                "[daughter] Aspirin in the morning, and paracetamol for her knees — oh, and she can't have "
                        + "penicillin, she came out in a rash all over.",
                "[doctor] Rash with penicillin, I'll check that's on her record.",
                "[doctor] I think this is a urine infection.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies: penicillin (rash)"))
                .noneMatch(l -> l.contains("acetaminophen (rash)") || l.contains("paracetamol (rash)"))
                .noneMatch(l -> l.contains("Endorses rash") || l.contains("reports rash"));
    }

    @Test
    void aDrugThatGaveHimHivesIsAnAllergy() {
        assertThat(all("[mother] He's been wheezy since yesterday.", "[doctor] Does he take anything?",
                "[mother] Just Calpol when he's hot — not the amoxicillin, mind, that gave him hives when he was two.",
                "[doctor] Hives with amoxicillin, I'll put it on his notes. Any other allergies?", "[mother] No.",
                "[doctor] I think this is an asthma attack."))
                .anyMatch(l -> l.startsWith("Allergies: amoxicillin (hives)"))
                .noneMatch(l -> l.contains("No known drug allergies") || l.contains("acetaminophen (hives)"));
    }

    @Test
    void septrinIsCoTrimoxazole() {
        assertThat(all("[patient] My feet have been tingling.", "[doctor] Any allergies?",
                "[patient] Just the Septrin. It brought me out in a rash years ago.",
                "[doctor] I think this is diabetic neuropathy."))
                .anyMatch(l -> l.startsWith("Allergies: sulfamethoxazole-trimethoprim (rash)"));
    }

    @Test
    void mamIsTheMother() {
        assertThat(all("[patient] I'm always thirsty these days.", "[doctor] Any diabetes in the family?",
                "[patient] Mam has the diabetes, she's eighty-nine now.", "[doctor] I think this is diabetes."))
                .anyMatch(l -> l.contains("mother with"))
                .noneMatch(l -> l.contains("father with"));
    }

    @Test
    void theThreeMonthSugarIsNoGlucose() {
        assertThat(all("[patient] I've come for my diabetes check.",
                "[doctor] Your A-one-C, the three-month sugar, is sixty-one this time.",
                "[doctor] I think your diabetes is not well controlled."))
                .noneMatch(l -> l.startsWith("Glucose") || l.contains("Glucose: 61"));
    }

    @Test
    void stoppingInTheFallIsNoFall() {
        assertThat(all("[patient] My breathing is worse.", "[doctor] Any ibuprofen or naproxen?",
                "[patient] I used to take Advil for my back, but I stopped in the fall.",
                "[doctor] I think this is fluid from your heart failure."))
                .noneMatch(l -> l.contains("because of falls") || l.contains("Endorses falls"));
    }

    @Test
    void strawberriesGiveAStrawberryAllergy() {
        assertThat(all("[parent] She has a rash on her tummy.", "[doctor] Any allergies to medicines?",
                "[parent] No medicines. Strawberries give her hives.", "[doctor] I think this is a viral rash."))
                .anyMatch(l -> l.startsWith("Allergies: strawberry (hives)"));
    }

    @Test
    void aDailyLimitSaidAfterDrugsIsFineStaysWithThatDrug() {
        List<String> note = all("[patient] My knee's been sore since the wedding.", "[doctor] What do you take?",
                "[patient] Ibuprofen four hundred when I need it, and Tylenol sometimes.",
                "[doctor] I think this is osteoarthritis of the knee. Ibuprofen four hundred is fine, every eight "
                        + "hours with food when you need it. Tylenol's fine too, no more than three thousand "
                        + "milligrams a day.");
        assertThat(note).noneMatch(l -> l.contains("ibuprofen") && l.contains("3000"))
                .noneMatch(l -> l.contains("Increase ibuprofen"))
                .noneMatch(l -> l.contains("Continue Tylenol (acetaminophen) daily"));
    }
}
