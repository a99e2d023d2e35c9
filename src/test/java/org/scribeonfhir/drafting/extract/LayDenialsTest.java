package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Denials said the way people say them on the phone (a fictional UK telephone consultation). */
class LayDenialsTest {

    private static final String[] CALL = {"[doctor] So the message says you've been having some waterworks trouble.",
        "[patient] Since Thursday I've been weeing all the time, and it stings like anything when it comes out.",
        "[doctor] Have you had a temperature, or felt shivery, or hot and cold?",
        "[patient] Can't say I have. I took it yesterday with the ear thermometer and it was thirty-six point nine.",
        "[doctor] Any pain in your back, round the sides here, just under the ribs?",
        "[patient] Hang on, Doctor, sorry, the dog's going mad at the postman.",
        "[doctor] That's alright, take your time.",
        "[patient] Right. No, my back's fine, no pain round the sides at all."};

    @Test
    void cantSayIHaveDeniesWhatWasAsked() {
        VisitModel v = Visits.read(CALL);
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("fever") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("dysuria") && s.presence() == Presence.PRESENT);
    }

    @Test
    void aDenialAfterTheDogIsSeenToIsTheAnswerAndAThermometerIsNoEar() {
        VisitModel v = Visits.read(CALL);
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("flank pain") && s.presence() == Presence.DENIED)
                .noneMatch(s -> s.name().equals("ear pain"));
    }

    @Test
    void bladderOrBowelsAskedTogetherAreBothDenied() {
        VisitModel v = Visits.read("[doctor] any trouble controlling your bladder or bowels, or numbness in the groin?",
                "[patient] no, nothing like that.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("urinary incontinence") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("fecal incontinence") && s.presence() == Presence.DENIED);
    }
}
