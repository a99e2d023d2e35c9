package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Allergy;

/**
 * HRT prescribed in two parts: the gel's dose counted in pumps (the corrected one), and "Utrogestan, which is
 * micronised progesterone." named alone with its dose in the next sentence, so the 200 mg is the progesterone's and
 * never the gel's. A conditional told to the patient is counselling; a drug's indication is not its reaction.
 */
class NamedThenDosedTest {

    private static final String[] VISIT = {"[doctor] What brings you in today?",
        "[patient] Hot flushes, since June. They're driving me mad.",
        "[doctor] Any allergies?",
        "[patient] Metoclopramide. I had it once for vomiting, and my neck twisted and my jaw locked.",
        "[doctor] Okay. So I'll prescribe Oestrogel, that's estradiol gel. Three pumps... no, sorry, two pumps "
                + "once a day, rubbed into the outer arms.",
        "[patient] And the other part?",
        "[doctor] Utrogestan, which is micronised progesterone. Two hundred milligrams at bedtime for twelve days "
                + "of each month. If the gel makes your skin itchy, put it on the inner thighs instead.",
        "[patient] Okay."};

    private static List<String> lines() {
        return Visits.lines(Visits.draft(VISIT));
    }

    @Test
    void aDrugNamedAloneTakesTheDoseSaidNext() {
        assertThat(lines()).contains("• Medical Treatment: Start Utrogestan (progesterone) 200 mg at bedtime for "
                + "12 days.", "• Medical Treatment: Start Oestrogel (estradiol) 2 pumps daily.");
        assertThat(lines()).noneMatch(l -> l.contains("Oestrogel (estradiol) 200 mg"));
    }

    @Test
    void aConditionalToldToThePatientIsCounselling() {
        assertThat(lines()).anyMatch(l -> l.startsWith("• Patient Education and Counseling: If")
                && l.contains("inner thighs"));
    }

    @Test
    void whatTheDrugWasGivenForIsNotItsReaction() {
        List<Allergy> allergies = Visits.read(VISIT).allergies();
        assertThat(allergies).anyMatch(a -> a.substance().equals("metoclopramide")
                && "dystonic reaction".equals(a.reaction()));
    }
}
