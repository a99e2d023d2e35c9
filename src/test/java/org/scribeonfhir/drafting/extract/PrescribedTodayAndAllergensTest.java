package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/**
 * Critical defects a physician found in 2.5.64's drafts of six unseen visits (`src/challenge/reads/2.5.64`), each
 * written again in our own words: doses of drugs prescribed today, allergens and drugs never taken listed as current,
 * a score recounted, a drug the specialist will decide on, and, from challenge dev, a second drug's volume.
 */
class PrescribedTodayAndAllergensTest {

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    private static List<String> hpi(String... lines) {
        return Visits.lines(Visits.draft(lines), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void oneFortyMilligramTabletIsOneTabletOfForty() {
        assertThat(plan("[patient] My heart keeps racing.", "[doctor] This is an overactive thyroid.",
                "[doctor] I'll start a tablet called propranolol. I'm going to start you on eighty milligrams, no, "
                        + "sorry, forty milligrams, three times a day. One forty milligram tablet by mouth, three "
                        + "times a day."))
                .anyMatch(l -> l.contains("propranolol 40 mg three times daily")).noneMatch(l -> l.contains("140"));
    }

    @Test
    void aDrugStoppedAsItIsTheOneJustNamed() {
        var note = Visits.draft("[patient] My big toe is red and swollen.",
                "[doctor] Let me look at your med list. I've got chlorthalidone, twenty-five milligrams once a day.",
                "[patient] Yes, every morning.", "[doctor] So I think this is a gout flare.",
                "[doctor] Here's the plan. The chlorthalidone makes your kidneys hang on to uric acid. So I want "
                        + "you to stop it, starting today.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("Stop chlorthalidone."))
                .noneMatch(l -> l.contains("stop it"));
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("chlorthalidone"));
    }

    @Test
    void fiveMilsIsFiveMillilitres() {
        assertThat(plan("[parent] She's had a tummy bug since Monday.", "[doctor] So I think this is gastroenteritis.",
                "[doctor] Here's the plan. For fever, the Tylenol, five mils, every six hours if she needs it."))
                .anyMatch(l -> l.contains("Tylenol (acetaminophen) 5 mL every 6 hours"))
                .noneMatch(l -> l.contains("5 mg"));
    }

    @Test
    void theRescuePenCarriedForANutAllergyIsNoAllergen() {
        assertThat(hpi("[parent] He's been sick since yesterday.", "[doctor] Any allergies?",
                "[parent] He's allergic to walnuts, his lips swelled up, so we carry an EpiPen Junior. No medicine "
                        + "allergies.")).anyMatch(l -> l.startsWith("Allergies: walnut"))
                .noneMatch(l -> l.startsWith("Allergies") && l.contains("epinephrine"));
    }

    @Test
    void anAllergyToNovocaineIsAnAllergyNotACurrentMedication() {
        assertThat(hpi("[patient] I cut my hand on a tin.", "[doctor] Any allergies?",
                "[patient] I'm allergic to Novocaine. My face swelled up at the dentist when I was ten."))
                .anyMatch(l -> l.startsWith("Allergies: procaine"))
                .noneMatch(l -> l.startsWith("Current medications") && l.toLowerCase().contains("novocaine"));
    }

    @Test
    void aPillAFriendOfferedButNeverTakenIsNoMedication() {
        assertThat(hpi("[patient] I keep having panic attacks at work.", "[doctor] Have you taken anything for it?",
                "[patient] My flatmate offered me one of her Xanax once. I didn't take it."))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("Xanax"));
    }

    @Test
    void aScoreAddedUpWrongIsTheOneSaidAfterIt() {
        var note = Visits.draft("[patient] I worry about everything.",
                "[doctor] On the anxiety questionnaire, the GAD-7, your score is seventeen. Hang on, I added that "
                        + "wrong. It's fifteen, which is in the severe range.");
        assertThat(Visits.lines(note)).anyMatch(l -> l.contains("GAD-7 score: 15")).noneMatch(l -> l.contains("17"));
    }

    @Test
    void aDrugTheSpecialistWillDecideOnIsNoOrder() {
        assertThat(plan("[patient] I've lost weight and I shake.", "[doctor] This is an overactive thyroid.",
                "[doctor] The specialist will most likely start a tablet called carbimazole. But I'm not starting that "
                        + "today, the specialist will decide.")).noneMatch(l -> l.contains("Start carbimazole"));
    }

    @Test
    void hormoneTherapyThePatientCameOffIsNoCurrentMedication() {
        assertThat(hpi("[patient] I've been getting hot and sweaty.", "[doctor] What HRT were you on?",
                "[patient] Gel, the oestrogen, and a progesterone capsule at night. I'd been on them four years and I "
                        + "came off last spring.")).noneMatch(l -> l.startsWith("Current medications")
                && l.contains("progesterone")).anyMatch(l -> l.contains("no longer taking progesterone"));
    }

    @Test
    void theSecondDrugsVolumeIsNotTheFirstsDose() {
        assertThat(plan("[patient] My left shoulder hurts when I reach up.",
                "[doctor] So I think this is impingement, and I'd like to do an injection today.",
                "[doctor] Here's the plan. I'm injecting forty milligrams of triamcinolone with four mils of lidocaine "
                        + "into the space."))
                .anyMatch(l -> l.contains("triamcinolone 40 mg")).noneMatch(l -> l.contains("triamcinolone 4 mL"));
    }

    @Test
    void theMostInADayIsNoDose() {
        assertThat(plan("[patient] I cut my palm on a glass.", "[doctor] So I think this is a laceration of the palm.",
                "[doctor] Here's the plan. For pain, acetaminophen, a thousand milligrams every eight hours. Don't go "
                        + "over three thousand milligrams of acetaminophen a day."))
                .anyMatch(l -> l.contains("acetaminophen 1000 mg")).noneMatch(l -> l.contains("3000 mg daily"));
    }

    @Test
    void aChartAllergysReactionStaysWhenTheVisitNamesOnlyTheAllergen() {
        EncounterContext chart = new EncounterContext(new PatientFacts("p1", "Ada Example", "1970-01-01", "female",
                null), new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(),
                List.of(), List.of(), List.of(), List.of(new ChartFact("AllergyIntolerance/a1", "allergy",
                "Doxycycline", "photosensitive rash", null, null)), List.of(), null, null, List.of());
        List<String> hpi = Visits.lines(Visits.draft(chart, "[patient] It burns when I pee.",
                "[doctor] And allergies, we've got doxycycline on here.", "[patient] That's right."),
                "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.startsWith("Allergies on the chart: Doxycycline (photosensitive rash)"));
    }
}
