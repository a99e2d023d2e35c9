package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Denials said after the symptom ("Swelling, not really.", "I sleep on one pillow"), a temperature taken that is no
 * fever, a state that brings a complaint on ("when I'm tired"), "anywhere else?" answered no, and a reading from an
 * earlier check that is not today's vital sign.
 */
class DenialsAndReadingsTest {

    private static List<String> hpi(String... visit) {
        return Visits.lines(Visits.draft(visit), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void notReallyAfterTheSymptomDeniesIt() {
        assertThat(hpi("[doctor] How can I help today?", "[patient] It's my right calf, it hurts since Thursday.",
                "[doctor] Any swelling or bruising?",
                "[patient] A bruise came out on Saturday, down towards the ankle. Swelling, not really.",
                "[doctor] Let me examine you. It's tender on the inner side of the calf.",
                "[doctor] So for my assessment and plan. This is a calf strain."))
                .contains("The patient also reports bruising.", "The patient denies lower extremity edema.");
    }

    @Test
    void aTemperatureTakenIsNoFeverAndNotRestated() {
        assertThat(hpi("[doctor] What's been going on?", "[patient] Burning when I wee for three days.",
                "[doctor] Any temperature, shivers, shakes?", "[patient] Nope, none of that. I took my temperature "
                        + "this morning because I was worried, it was thirty-six point eight.",
                "[doctor] So for my assessment and plan. This sounds like cystitis."))
                .contains("The patient denies fever or chills.")
                .noneMatch(l -> l.contains("took the patient's temperature"));
    }

    @Test
    void onePillowDeniesOrthopneaAndTirednessThatBringsThemOnIsNoFatigue() {
        assertThat(hpi("[doctor] What brings you in?", "[patient] I get skipped beats in the evening.",
                "[doctor] Anything that brings them on?", "[patient] Coffee, I think. And when I'm tired.",
                "[doctor] Shortness of breath, swelling in your legs, waking up at night short of breath?",
                "[patient] Not that I've noticed. I sleep on one pillow, always have.",
                "[doctor] Let me check you over. Heart sounds are regular.",
                "[doctor] So for my assessment and plan. These are benign PVCs."))
                .noneMatch(l -> l.contains("fatigue")).noneMatch(l -> l.contains("reports") && l.contains("orthopnea"));
    }

    @Test
    void aRashNotElsewhereIsStillARash() {
        assertThat(hpi("[doctor] What brings you in?", "[patient] An itchy rash between my fingers for six weeks.",
                "[doctor] Is the rash anywhere else, elbows, feet, tummy?", "[patient] No.",
                "[doctor] Let me examine you. The skin between the fingers is red and cracked.",
                "[doctor] So for my assessment and plan. This is hand eczema."))
                .noneMatch(l -> l.contains("denies rash"));
    }

    @Test
    void lastSpringsReadingIsTheStorysNotTodaysVitals() {
        var note = Visits.draft("[doctor] What brings you in?", "[patient] I get skipped beats in the evening.",
                "[doctor] Let me check you over. Blood pressure today is 138 over 86, heart rate 68.",
                "[patient] That's better than it was. At my physical in April it was 152 over 94.",
                "[doctor] That's a good improvement. Heart sounds are regular.",
                "[doctor] So for my assessment and plan. These are benign PVCs.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .contains("The patient reports blood pressure 152/94 mmHg (in April).");
        assertThat(Visits.lines(note, "PHYSICAL EXAM"))
                .contains("• Vitals: Blood pressure 138/86 mmHg, Heart rate 68 bpm.");
    }

    @Test
    void aYesThatTellsSomethingElseAffirmsNoneOfTheList() {
        assertThat(hpi("[doctor] What's been going on?",
                "[patient] I've had pain low down in my tummy for a few days, and some discharge.",
                "[doctor] Any weight loss or blood in the stool, or urine?",
                "[patient] Yes, as I said, I have some discharge and pain.",
                "[doctor] So for my assessment and plan. I'd like to see you face to face today."))
                .noneMatch(l -> l.contains("weight loss")).noneMatch(l -> l.contains("hematochezia"));
    }
}
