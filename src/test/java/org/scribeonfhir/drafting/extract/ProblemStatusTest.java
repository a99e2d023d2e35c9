package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** The assessment says what the clinician said of each problem's severity, control and course, and only that. */
class ProblemStatusTest {

    @Test
    void pressureNotAtGoalIsWrittenBesideHypertension() {
        var note = Visits.draft(
                "[doctor] Good morning, Mr. Example. This is your blood pressure check.",
                "[patient] Morning. I've been taking the amlodipine every day.",
                "[doctor] Today it's 152 over 94. So, your blood pressure is not at goal on the amlodipine.",
                "[doctor] For the hypertension, I'm going to add lisinopril 10 milligrams once a day.");
        assertThat(Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN)).contains("1. Hypertension, not at goal.");
    }

    @Test
    void severitySaidOfThePronounGoesBeforeTheName() {
        var v = Visits.read(
                "[doctor] Hello. What's been happening with her?",
                "[patient] She's had a barking cough since last night, and a bit of a temperature.",
                "[doctor] Any trouble breathing, or drooling?", "[patient] No, she's drinking fine.",
                "[doctor] Let me examine her. Temperature 37.9. Chest: no stridor at rest, no recession. Throat is red.",
                "[doctor] So this is croup. It's a virus that makes the windpipe swell. Hers is mild, because she's quiet at "
                        + "rest.",
                "[doctor] She can have one dose of dexamethasone here before you go.");
        assertThat(v.problems()).extracting(Problem::before).containsExactly("mild");
    }

    @Test
    void improvingButNotInRemissionAreBothKeptInTheirOrder() {
        var note = Visits.draft(
                "[doctor] How has the mood been since we started the sertraline?",
                "[patient] Better. I'm getting out of bed, but it's still there most days.",
                "[doctor] Any thoughts of harming yourself?", "[patient] No, never.",
                "[doctor] Looking at you today, you're well groomed, good eye contact, and your affect is brighter.",
                "[doctor] Your PHQ-9 score today is 12, down from 18.",
                "[doctor] So my impression is your depression is improving, but it's not in remission yet. Let's go up "
                        + "on the sertraline to 100 milligrams once a day.");
        assertThat(Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN))
                .anyMatch(l -> l.matches("1\\. .*[Dd]epress.*, improving, not in remission\\."));
    }

    @Test
    void aFragmentAfterTheDiagnosisGivesItsSeverityAndEpisode() {
        var v = Visits.read(
                "[doctor] What brings you in today?",
                "[patient] I've felt low for about four months. I can't enjoy anything and I sleep badly.",
                "[doctor] Putting it together, this is major depressive disorder. A first episode, moderate.",
                "[doctor] I'd like to start sertraline 50 milligrams once a day.");
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.before()).isEqualTo("moderate");
            assertThat(p.after()).isEqualTo("first episode");
        });
    }

    @Test
    void howADiseaseUsuallyBehavesSaysNothingOfThisPatientsCourse() {
        var v = Visits.read(
                "[doctor] What's the trouble today?",
                "[patient] He's had a barking cough for two nights.",
                "[doctor] This is croup. Croup is often worse at night, and if it gets worse, bring him straight back.",
                "[doctor] I'll give him a dose of dexamethasone now.");
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.after()).isNull();
            assertThat(p.before()).isNull();
        });
    }

    @Test
    void aPronounAfterTwoProblemsBelongsToNeither() {
        var v = Visits.read(
                "[doctor] How have things been since last time?",
                "[patient] Sleeping a little better, still the nightmares.",
                "[doctor] So this is post-traumatic stress disorder, with depression alongside it. It's improved a bit, but "
                        + "not enough. I'd like to increase the sertraline to 150 milligrams once a day.");
        assertThat(v.problems()).allSatisfy(p -> assertThat(p.after()).isNull());
    }

    @Test
    void aSimpleBladderInfectionIsUncomplicated() {
        var v = Visits.read(
                "[doctor] What brings you in?",
                "[patient] It burns when I pee and I'm going all the time, since Monday.",
                "[doctor] Your urine dip shows nitrites. So this is a simple bladder infection, and nothing suggests the "
                        + "kidneys.",
                "[doctor] I'll start nitrofurantoin 100 milligrams twice a day for 5 days.");
        assertThat(v.problems()).singleElement().extracting(Problem::before).isEqualTo("uncomplicated");
    }

    @Test
    void aFlareOfTheSkinIsWrittenAsAFlare() {
        var note = Visits.draft(
                "[doctor] What's going on with his skin?",
                "[patient] His eczema's been itchy and red for a week, mostly behind the knees.",
                "[doctor] Let me look. Red, rough and scratched behind both knees.",
                "[doctor] So, the eczema has flared up again, probably with the cold weather.",
                "[doctor] Use hydrocortisone ointment twice a day for seven days, and the emollient three times a day.");
        assertThat(Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN)).contains("1. Atopic dermatitis flare.");
    }

    @Test
    void aParentSpokenToIsNotWhoseDiagnosisItIs() {
        var v = Visits.read(
                "[doctor] Hello! What's been going on with him?",
                "[parent] He woke up barking like a seal last night, and he's had a temperature.",
                "[doctor] Any drooling, or trouble swallowing?", "[parent] No.",
                "[doctor] Let me listen. No stridor at rest, no recession, chest is clear. Throat is a little red.",
                "[doctor] So, Mum, this is croup. It's a virus that makes the windpipe swell. His is mild.",
                "[doctor] I'll give him one dose of dexamethasone by mouth here.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Croup");
        assertThat(v.exam()).noneMatch(f -> f.text().contains("virus"));
    }

    private static EncounterContext chartWith(String condition) {
        return new EncounterContext(new PatientFacts("p1", "Ada Example", "1958-01-01", "female", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()),
                condition == null ? List.of() : List.of(new ChartFact("Condition/c1", "condition", condition, null, null,
                        null)), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    }

    private static final String[] PRESSURE_VISIT = {
        "[doctor] Good afternoon. So we're here for your blood pressure. How have the home readings been?",
        "[patient] Mostly in the 150s since we stopped the water pill.",
        "[doctor] Any chest pain, headaches, or swelling in the ankles?", "[patient] No.",
        "[doctor] The nurse had you at 152 over 94 today. Heart regular, lungs clear, no ankle swelling.",
        "[doctor] So, your blood pressure isn't controlled since we stopped the hydrochlorothiazide. I'm going to "
                + "increase the lisinopril from 20 to 40 milligrams once a day."};

    @Test
    void aKnownProblemSpokenOfByItsMeasureOpensItWithItsState() {
        var v = Visits.read(chartWith("Essential hypertension"), PRESSURE_VISIT);
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Hypertension");
            assertThat(p.after()).isEqualTo("uncontrolled");
        });
    }

    @Test
    void aPressureNobodyDiagnosedIsNoHypertension() {
        var v = Visits.read(chartWith(null), PRESSURE_VISIT);
        assertThat(v.problems()).extracting(Problem::name).doesNotContain("Hypertension");
    }
}
