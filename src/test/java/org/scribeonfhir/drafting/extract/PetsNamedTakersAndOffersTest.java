package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.76 read (`src/challenge/reads/2.5.76`), each written again in our own words: a pet's medicine
 * and a drug someone else named takes given to the patient, an offer turned down written as started, and a nurse's
 * question about an order taken for the order.
 */
class PetsNamedTakersAndOffersTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aPetsMedicineIsNotTheChilds() {
        List<String> note = all("[mother] He had a fit this morning with a fever of 39.",
                "[doctor] Any medicines in the house he could have got into?",
                "[mother] My husband has asthma. And our dog, Biscuit, takes phenobarbital for her seizures. Could he "
                        + "have got into the dog's pills?",
                "[doctor] Has he had anything for the fever?",
                "[mother] Children's Tylenol, 5 mL at six this morning.");
        assertThat(note).noneMatch(l -> l.contains("phenobarbital"));
    }

    @Test
    void aDrugSomeoneNamedTakesIsNotThePatients() {
        List<String> note = all("[mother] His dad, Marek, has epilepsy.",
                "[doctor] How much Keppra does Marek take, and where is it kept?",
                "[mother] Seven-fifty twice a day. It lives in his work bag.",
                "[doctor] Your son's temperature is 38.6 and his neck is supple.",
                "[doctor] So here's the plan. Paracetamol for the fever, and we'll see him again if it happens again.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("levetiracetam"));
    }

    @Test
    void anOfferTurnedDownIsNotStarted() {
        List<String> note = all("[patient] The headache is awful and I've had a fever since Sunday.",
                "[doctor] Your temperature is 38.4.",
                "[doctor] For the headache and fever, stay on paracetamol, one gram every six hours. I can also give "
                        + "you tramadol for the headache.",
                "[patient] No thanks, that makes me drowsy, and I have to fetch the kids.");
        assertThat(note).noneMatch(l -> l.contains("Start tramadol"))
                .anyMatch(l -> l.contains("ramadol") && l.contains("not prescribed"));
    }

    @Test
    void aNursesQuestionAboutTheOrderIsNoOrder() {
        List<String> note = all("[patient] I found a tick on my leg after the hike and now I've got a fever.",
                "[doctor] Your temperature is 38.5 and there's a black scab on your calf.",
                "[doctor] So here's the plan. Doxycycline 100 milligrams twice a day for seven days.",
                "[nurse] Doctor, the script says doxycycline 100 milligrams once daily. Is that right?",
                "[doctor] No, thank you for checking. Twice daily. I'll correct it.");
        assertThat(note).anyMatch(l -> l.contains("Start doxycycline 100 mg twice daily"))
                .noneMatch(l -> l.contains("doxycycline 100 mg daily"));
    }
}
