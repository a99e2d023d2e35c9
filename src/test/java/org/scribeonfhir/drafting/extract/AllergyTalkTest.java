package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Allergy talk without punctuation: what the allergy is, and what is ordered or answered after it. */
class AllergyTalkTest {

    private static final String[] VISIT = {"[doctor] what have you taken for it",
        "[patient] dayquil during the day and ibuprofen um six hundred every six hours or so for the fever",
        "[doctor] okay any medical problems asthma anything like that",
        "[patient] no i mean i had pneumonia once when i was like eight but nothing since",
        "[doctor] allergies", "[patient] penicillin i got hives when i was a kid from amoxicillin",
        "[doctor] so this is pneumonia. let's talk about the plan.",
        "[doctor] now because of the penicillin allergy i'm going to give you doxycycline one hundred milligrams "
                + "twice a day for seven uh no five days five days is plenty"};

    private static Medication med(VisitModel v, String drug) {
        return v.medications().stream().filter(m -> m.drug().equals(drug)).findFirst()
                .orElseThrow(() -> new AssertionError(drug + " not in " + v.medications()));
    }

    @Test
    void aNonDrugAllergyAfterNotMedicinesIsTheAllergyAndARelativesIsNot() {
        VisitModel own = Visits.read("[doctor] What's brought you in?", "[patient] Tummy pain since Saturday.",
                "[doctor] Any allergies to medicines?",
                "[patient] Not medicines. Plasters bring me out in a rash, the sticky ones.");
        assertThat(own.allergies()).anyMatch(a -> "plaster".equals(a.substance()) && "rash".equals(a.reaction()));
        VisitModel mums = Visits.read("[doctor] What's brought you in?", "[patient] A sore ear since Monday.",
                "[doctor] Any allergies to medicines?",
                "[patient] Not that I know of. My mum is allergic to penicillin, she gets hives.");
        assertThat(mums.allergies()).noneMatch(a -> "penicillin".equals(a.substance()));
    }

    @Test
    void aDrugOrderedBecauseOfTheAllergyIsOrderedWithTheDoseWhenOnlyTheDaysAreTakenBack() {
        Medication doxy = med(Visits.read(VISIT), "doxycycline");
        assertThat(doxy.action()).isEqualTo("start");
        assertThat(doxy.dose()).isEqualTo("100 mg");
    }

    @Test
    void anAgeAfterNoIMeanAnsweringAnotherQuestionIsNoDoseCorrection() {
        assertThat(med(Visits.read(VISIT), "ibuprofen").dose()).isEqualTo("600 mg");
    }

    @Test
    void theReactionToldAfterAOneWordAllergyQuestionIsNoSymptom() {
        assertThat(Visits.read(VISIT).symptoms()).noneMatch(s -> s.name().equals("hives"));
    }

    @Test
    void aReactionToADrugThePatientCannotHaveIsNoComplaint() {
        var v = Visits.read("[doctor] What have you taken?", "[patient] My mate said to take co-codamol for the cramps but "
                + "I can't have codeine, it brings me out in hives.",
                "[doctor] Yes, I can see codeine on your record with hives. Don't take the co-codamol then.");
        assertThat(v.symptoms()).noneMatch(s -> s.present() && s.name().matches("(?i).*(?:hives|urticaria).*"));
    }
}
