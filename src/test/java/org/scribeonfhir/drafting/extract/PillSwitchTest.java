package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/** A drug stopped for another: the old one stays stopped, the new one keeps its dose however it is said. */
class PillSwitchTest {

    private static final String[] VISIT = {
        "[doctor] I've got on your record that you're on Microgynon, the combined pill. Still taking that?",
        "[patient] Yes, every day, three weeks on and then the week off.",
        "[doctor] So these sound like migraines with aura. With migraine with aura the combined pill isn't safe, it "
                + "raises the risk of stroke. So I'd like you to stop the Microgynon.",
        "[patient] Oh no. What do I do for contraception then?",
        "[doctor] I'll switch you to a progestogen-only pill, desogestrel seventy-five micrograms, one every day with "
                + "no break. Start it the day after your last Microgynon, and use condoms for the first two days.",
        "[doctor] And for the waterworks, I'll give you something called tamsulosin, one capsule at night, four "
                + "hundred micrograms."};

    private static Medication med(VisitModel v, String drug) {
        return v.medications().stream().filter(m -> m.drug().equals(drug)).findFirst()
                .orElseThrow(() -> new AssertionError(drug + " not in " + v.medications()));
    }

    @Test
    void theOldPillStaysStoppedWhenTheNewOneStartsAfterItsLastPill() {
        Medication pill = med(Visits.read(VISIT), "ethinyl estradiol-levonorgestrel");
        assertThat(pill.action()).isEqualTo("stop");
        assertThat(pill.current()).isFalse();
    }

    @Test
    void aBrandAndItsClassSaidTogetherAreOneMedication() {
        assertThat(Visits.read(VISIT).medications()).noneMatch(m -> m.drug().equals("combined oral contraceptive"));
    }

    @Test
    void withNoBreakTakesNoDoseBack() {
        Medication pop = med(Visits.read(VISIT), "desogestrel");
        assertThat(pop.dose()).isEqualTo("75 mcg");
        assertThat(pop.frequency()).isEqualTo("daily");
        assertThat(pop.action()).isEqualTo("start");
    }

    @Test
    void oneCapsuleOfAStrengthSaidAfterIsThatStrength() {
        assertThat(med(Visits.read(VISIT), "tamsulosin").dose()).isEqualTo("400 mcg");
    }
}
