package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.68 read (`src/challenge/reads/2.5.68`), each written again in our own words: a drug prescribed
 * today written as stopped because of its daily limit, its overuse warning or a site it must not go on; a dose cut
 * written as continued; an injection given in the room written as a drug started; a drug a parent asks for, or reads
 * back from the plan, listed as current; an allergy told with the medicines listed as a drug taken.
 */
class LimitsCutsAndClinicDosesTest {

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    private static List<String> hpi(String... lines) {
        return Visits.lines(Visits.draft(lines), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void anOveruseWarningStopsNothing() {
        assertThat(plan("[patient] These headaches come with zigzag lights first.",
                "[doctor] So I think these are migraines. I'm going to give you rizatriptan, ten milligrams, when the "
                        + "headache starts.",
                "[doctor] The thing to watch is not taking painkillers or the rizatriptan on more than two or three "
                        + "days a week, because that can cause more headaches."))
                .anyMatch(l -> l.contains("Start rizatriptan 10 mg"))
                .noneMatch(l -> l.contains("Stop rizatriptan"));
    }

    @Test
    void aDailyLimitStopsNothing() {
        assertThat(plan("[patient] The pain in my side comes in waves.", "[doctor] So I think this is a kidney stone.",
                "[doctor] For pain, you can add paracetamol a thousand milligrams every eight hours on top if you need "
                        + "it. No more than three thousand milligrams of paracetamol in a day."))
                .anyMatch(l -> l.contains("Start paracetamol") && l.contains("1000 mg"))
                .noneMatch(l -> l.contains("Stop paracetamol") || l.contains("avoid paracetamol"));
    }

    @Test
    void aCreamKeptOffTheFaceIsStillStarted() {
        assertThat(plan("[parent] Her eczema is really bad on her arms and legs.",
                "[doctor] So I think this is a flare of her eczema.",
                "[doctor] For the arms and legs I'm giving a stronger one called Betnovate, that's betamethasone. "
                        + "Once a day for a week, on the red patches only. Don't use the Betnovate on her face."))
                .anyMatch(l -> l.contains("Start Betnovate"))
                .noneMatch(l -> l.contains("Stop Betnovate") || l.contains("avoid Betnovate"));
    }

    @Test
    void aDoseCutFromOneToAnotherIsADecrease() {
        assertThat(plan("[patient] I get dizzy when I stand up.",
                "[doctor] So I think this is orthostatic hypotension.",
                "[doctor] And the nifedipine, cut from sixty milligrams to thirty."))
                .anyMatch(l -> l.contains("Decrease nifedipine from 60 mg to 30 mg"))
                .noneMatch(l -> l.contains("Continue nifedipine"));
    }

    @Test
    void anInjectionGivenInTheRoomIsNoPrescription() {
        var note = Visits.draft("[patient] My back is in agony, it came on this morning.",
                "[doctor] So I think this is a kidney stone. I'm going to give you a shot of diclofenac, seventy-five "
                        + "milligrams, in the muscle for the pain.",
                "[nurse] Diclofenac seventy-five IM given in the left buttock.",
                "[doctor] For home, paracetamol one gram four times a day.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("Diclofenac 75 mg") && l.contains("given in clinic"))
                .noneMatch(l -> l.contains("Start diclofenac"));
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("diclofenac"));
    }

    @Test
    void aDrugAParentAsksForAndIsRefusedIsNotCurrent() {
        assertThat(hpi("[parent] His skin is itchy all over, he scratches all night.",
                "[parent] Can he have cetirizine for the itching?",
                "[doctor] Antihistamines don't really help this itch. So I'm not going to prescribe it."))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("cetirizine"));
    }

    @Test
    void aPlanReadBackIsNotADrugTaken() {
        assertThat(hpi("[parent] Her eczema flared two weeks ago.",
                "[parent] We had some hydrocortisone but I stopped it after two days.",
                "[doctor] So I think this is a flare. For the body, Eumovate once a day for a week. For the face, "
                        + "hydrocortisone one percent once a day for five days.",
                "[parent] So two creams. Eumovate body, hydrocortisone face."))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("hydrocortisone"));
    }

    @Test
    void anAllergyToldWithTheMedicinesIsNoDrugTaken() {
        var lines = hpi("[patient] My lower back went on Friday lifting a wardrobe.",
                "[doctor] Any other medicines? Any allergies?",
                "[patient] Nothing regular. And amoxicillin, I got a rash when I was little.");
        assertThat(lines).anyMatch(l -> l.startsWith("Allergies:") && l.contains("amoxicillin"))
                .noneMatch(l -> l.contains("No known drug allergies"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("amoxicillin"));
    }

    @Test
    void aDoseGivenHereAndTheSameDrugSentHomeAreTwoLines() {
        assertThat(plan("[parent] He's been sick six times since midnight.",
                "[doctor] So I think this is a tummy bug. I'm going to give him a dose of ondansetron, two milligrams, "
                        + "to settle his stomach.",
                "[doctor] I'm sending home ondansetron two milligrams every eight hours as needed for vomiting."))
                .anyMatch(l -> l.contains("Ondansetron 2 mg given in clinic"))
                .anyMatch(l -> l.contains("Start ondansetron 2 mg every 8 hours as needed"));
    }

    @Test
    void theSigInTheNextSentenceAsCorrectedBelongsToTheCream() {
        assertThat(plan("[patient] The rash on my hands is worse.", "[doctor] So I think this is hand eczema.",
                "[doctor] I'm giving you a steroid called Elocon, that's mometasone. Twice a day... actually, once a "
                        + "day is plenty, at night, for two weeks."))
                .anyMatch(l -> l.contains("Start Elocon (mometasone)") && l.contains("for 2 weeks"))
                .noneMatch(l -> l.contains("twice daily"));
    }
}
