package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * An older man's waterworks told in his own words: each lower urinary tract symptom a urologist records on its own
 * (weak stream, hesitancy, terminal dribbling, incomplete emptying), never "generalized weakness", and the reason
 * for the visit is his complaint, not the clinician's "so what's going on".
 */
class LowerUrinaryTractSymptomsTest {

    private static final String[] VISIT = {
        "[doctor] ha well that 's what i 'm here for so what 's going on",
        "[patient] it 's the uh the waterworks the stream 's gotten real weak it 's been about six months now i stand "
                + "there and nothing happens and then it kind of dribbles",
        "[doctor] so it takes a while to get started",
        "[patient] yeah i gotta wait and wait and then when i 'm done there 's a dribble after i zip up",
        "[doctor] and do you feel like you 've emptied your bladder completely",
        "[patient] no never feels like it 's all out i go back five minutes later"};

    @Test
    void eachStorageAndVoidingSymptomIsNamed() {
        VisitModel v = Visits.read(VISIT);
        assertThat(v.symptoms()).filteredOn(Symptom::present).extracting(Symptom::name).contains("weak urinary stream",
                "urinary hesitancy", "terminal dribbling", "incomplete bladder emptying")
                .doesNotContain("generalized weakness");
    }

    @Test
    void theClinicianOpeningQuestionIsNoReasonForTheVisit() {
        VisitModel v = Visits.read(VISIT);
        assertThat(v.reason().phrase()).doesNotContainIgnoringCase("going on").containsIgnoringCase("stream");
    }

    @Test
    void aMisheardOxybutyninIsNeverOxycodone() {
        VisitModel v = Visits.read("[doctor] i see you were given oxy butter nin at urgent care in august are you "
                + "still taking that", "[patient] no i stopped that after a couple weeks it made my mouth dry",
                "[doctor] and stay off the oxy butter nin in men your age it can cause confusion");
        assertThat(v.medications()).noneMatch(m -> m.drug().contains("oxycodone"));
        assertThat(v.plan()).noneMatch(p -> p.text().toLowerCase().contains("oxycodone"));
    }

    @Test
    void theClinicianReadingBackTheDosesStaysOutOfTheStory() {
        var lines = Visits.lines(Visits.draft("[doctor] so what 's going on",
                "[patient] the stream 's gotten real weak it 's been about six months",
                "[doctor] okay good that you stopped it and you 're on lisinopril twenty milligrams for your blood "
                        + "pressure and the atorvastatin eighty no sorry forty milligrams",
                "[patient] yeah the forty for the cholesterol"));
        assertThat(lines).noneMatch(l -> l.contains("80"));
    }

    @Test
    void aRetiredMansJobIsTheHistoryNotTheYearsOrHisSurgeryDate() {
        var lines = Visits.lines(Visits.draft("[doctor] so what 's going on",
                "[patient] the stream 's gotten real weak it 's been about six months",
                "[doctor] alright and you 're retired",
                "[patient] yeah retired machinist forty one years and i 'm on the list for cataract surgery in "
                        + "january"));
        assertThat(lines).contains("Occupation: retired machinist.").noneMatch(l -> l.contains("41"));
    }

    @Test
    void aSymptomDeniedByItsKeyWordAloneIsDenied() {
        VisitModel v = Visits.read("[doctor] Any blood in your urine, or is it cloudy or smelly?",
                "[patient] It's a bit cloudy and it does smell quite strong. I haven't seen any blood.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("hematuria") && !s.present())
                .noneMatch(s -> s.name().equals("hematuria") && s.present());
    }

    @Test
    void theDateOfTheLastTestIsNotWhenTheSymptomStarted() {
        VisitModel v = Visits.read(
                "[doctor] and during the day do you get that sudden urge where you have to go right now",
                "[patient] yeah when it comes it comes i 've only just made it a couple times",
                "[doctor] okay and when was your last psa",
                "[patient] uh three years ago i think the doctor said it was two point one");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("urinary urgency")).isNotEmpty()
                .allMatch(s -> s.onset() == null && s.duration() == null);
    }
}
