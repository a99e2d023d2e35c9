package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;

/** A raised blood pressure visit: the reason said in a few words, the new tablet's dose, the social history. */
class BloodPressureVisitTest {

    @Test
    void itsMyBloodPressureIsTheReasonThoughAnOldComplaintComesUpLater() {
        var v = Visits.read("[doctor] What brings you in this morning?",
                "[patient] It's my blood pressure. The nurse at work said it was high.",
                "[doctor] You had indigestion on your list, with lansoprazole. Still taking it?",
                "[patient] No, the indigestion went when I cut out the coffee.");
        assertThat(v.reason().phrase()).containsIgnoringCase("blood pressure");
    }

    @Test
    void heartburnThatWentIsNotATodaysComplaint() {
        var v = Visits.read("[doctor] What brings you in this morning?",
                "[patient] My blood pressure was high at the pharmacy.",
                "[doctor] You had reflux on your list, with lansoprazole. Still taking it?",
                "[patient] No, not since the winter. The heartburn went when I cut out the coffee.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("heartburn") && s.present());
    }

    @Test
    void aDrinkingLimitInUnitsIsNotTheNewTabletsDose() {
        var v = Visits.read("[doctor] I'd like to start lisinopril, five milligrams once a day.",
                "[patient] Okay.",
                "[doctor] Start it tomorrow, and we'll check your kidney bloods in two weeks because lisinopril can "
                        + "affect the kidneys.",
                "[doctor] And try to keep the drinking under fourteen units a week.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("lisinopril")).extracting(Medication::dose)
                .containsOnly("5 mg");
    }

    @Test
    void aNumberInReplyToDoYouSmokeIsWhatHeSmokes() {
        var note = Visits.draft("[doctor] What brings you in?", "[patient] My blood pressure.",
                "[doctor] Do you smoke?", "[patient] Fifteen a day. I used to do thirty.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.matches("(?i).*smokes 15 a day.*"));
    }

    @Test
    void whatHeDoesForWorkIsHisOccupation() {
        var note = Visits.draft("[doctor] What brings you in?", "[patient] My blood pressure.",
                "[doctor] What do you do for work?", "[patient] I drive a bus. Early shifts mostly.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.matches("(?i).*(?:occupation|works?).*bus.*"));
    }

    @Test
    void anOccupationSaidWithAFalseStartIsTheJobOnly() {
        var note = Visits.draft("[doctor] What do you do for work?", "[patient] I'm a, I'm a plumber.",
                "[doctor] And your husband?", "[patient] He's retired.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).contains("Occupation: a plumber.");
        var other = Visits.draft("[doctor] What do you do for a living?", "[patient] I work part-time as, a bus driver.");
        assertThat(Visits.lines(other, "HISTORY OF PRESENT ILLNESS"))
                .contains("Occupation: works part-time as a bus driver.");
        var cut = Visits.draft("[doctor] What do you do for work?", "[patient] I am.", "[doctor] Sorry?");
        assertThat(Visits.lines(cut)).noneMatch(l -> l.contains("occupation"));
    }

    @Test
    void andWhatDoYouDoIsAskedOfTheWork() {
        var note = Visits.draft("[doctor] And what do you do?", "[patient] I'm a nurse, on the children's ward.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.contains("Occupation: a nurse"));
    }

    @Test
    void theWorkAskedAndAnsweredIsNotToldTwice() {
        var note = Visits.draft("[doctor] What do you do for work?", "[patient] I'm a doctor.",
                "[doctor] Oh, what kind?", "[patient] I work in plastic surgery, at the hospital.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).filteredOn(l -> l.startsWith("Social history:") || l.startsWith("Occupation:")).hasSize(1);
    }

    @Test
    void aJobSaidInPassingIsTheOccupationAndARelativesIsNot() {
        var note = Visits.draft("[doctor] How's your sleep, and how much tea or coffee?",
                "[patient] Sleep's rubbish. Tea, five cups a day. I'm a teaching assistant, so it's tea to survive.",
                "[doctor] And your husband?", "[patient] He's a lorry driver, away all week.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).contains("Occupation: a teaching assistant.")
                .noneMatch(l -> l.contains("lorry driver"));
        var tired = Visits.draft("[doctor] How are you?", "[patient] I'm a bit tired, I'm a nervous wreck honestly.");
        assertThat(Visits.lines(tired)).noneMatch(l -> l.startsWith("Occupation"));
    }
}
