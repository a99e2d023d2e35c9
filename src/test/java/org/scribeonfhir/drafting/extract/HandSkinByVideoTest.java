package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * Sore hands shown on a video call (written by us after reading a challenge dev draft whose history said nothing of
 * the hands): "they're dry and cracked" of the hands asked about, "the itch", a sister's "dermatitis herpe-something",
 * "dry, scaly skin over the backs of both hands" as one finding.
 */
class HandSkinByVideoTest {

    private static final String[] VISIT = {"[doctor] Hello, can you hear me? You messaged us about your hands?",
        "[patient] Yes. They're dry and cracked and red, mostly on the backs, and the itch is driving me mad, "
            + "especially at night.",
        "[doctor] Anyone in the family with skin problems?",
        "[patient] My sister. She gets an itchy blistery rash on her elbows, the dermatologist called it dermatitis "
            + "herpe-something.",
        "[doctor] Could you hold both hands up to the camera for me?", "[patient] Here you go.",
        "[doctor] That's fine, a little closer... I can see redness and dry, scaly skin over the backs of both hands "
            + "and between the fingers, and cracks, fissures, over the knuckles of both hands. Now the palms.",
        "[doctor] I think this is irritant hand eczema from all the washing."};

    @Test
    void driedAndCrackedHandsAreDrySkinAndTheItchAtNightIsPruritus() {
        VisitModel v = Visits.read(VISIT);
        assertThat(v.symptoms()).extracting(Symptom::name).contains("dry skin", "pruritus");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("pruritus")).extracting(Symptom::timing)
                .containsExactly("at night");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("dry skin")).extracting(Symptom::timing)
                .containsOnlyNulls();
    }

    @Test
    void aSistersDermatitisHerpeSomethingIsNoHerpes() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).noneMatch(l -> l.contains("genital herpes"))
                .anyMatch(l -> l.contains("sister with dermatitis herpetiformis"));
    }

    @Test
    void drySkinOverTheHandsIsOneFindingWithItsPlace() {
        assertThat(Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM"))
                .anyMatch(l -> l.contains("scaly skin over the backs of both hands"));
    }
}
