package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scribeonfhir.drafting.extract.SymptomReaderTest.symptom;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.VisitModel;

/** What the patient's answer to a clinician's symptom question establishes, in unpunctuated recorder speech. */
class SymptomQuestionsTest {

    @Test
    void aQuestionRunOnFromAStatementIsStillAQuestionSoItsSymptomsAreNotReported() {
        VisitModel v = Visits.read("[patient] i'm having trouble breathing at night",
                "[doctor] so i'll examine you in a second so it's been a couple of weeks are you coughing up anything "
                        + "any fevers with this at all",
                "[patient] no no fever kinda feel like i'm just bringing a whole bunch of yuck up once in a while");
        assertThat(symptom(v, "fever").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "cough")).isNull(); // the no was the fever's; the yuck answers the cough
    }

    @Test
    void aNoThatNamesOneSymptomStillDeniesBothWhenNothingElseIsSaid() {
        VisitModel v = Visits.read("[doctor] any fevers or chills?", "[patient] no, no fever.");
        assertThat(symptom(v, "fever").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "chills").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aStutteredSymptomAnsweredNoIsDenied() {
        VisitModel v = Visits.read("[patient] my right foot hurts since the tennis game",
                "[doctor] okay and then have you experienced any numb numbness or tingling",
                "[patient] no no numbness");
        assertThat(symptom(v, "numbness").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "tingling").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aWeakStreamAndTripsToTheBathroomAtNightAreUrinarySymptomsNotWeaknessOrInsomnia() {
        VisitModel v = Visits.read("[doctor] the medical assistant told me that you're having some difficulty urinating",
                "[patient] yeah it's been about six months", "[doctor] is your urination stream weak",
                "[patient] yeah i'd probably say so",
                "[patient] i'm still probably getting up three or four times a night to go to the bathroom",
                "[doctor] have you ever had what we call urinary retention where you could n't pee",
                "[patient] my gosh no");
        assertThat(v.symptoms()).extracting(s -> s.name()).contains("difficulty urinating", "weak urinary stream",
                "nocturia").doesNotContain("generalized weakness", "insomnia");
        assertThat(symptom(v, "urinary retention").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void drinkingWaterAllDayOrFearingAHeartAttackIsNoSymptomAndAFallHasNoSide() {
        VisitModel v = Visits.read("[patient] besides my wine at night i really just drink water all day.",
                "[patient] i thought i was having a heart attack, got really nervous.",
                "[patient] i slipped on the ice and i had a fall on my right side, and my right ankle hurts.");
        assertThat(v.symptoms()).extracting(s -> s.name()).doesNotContain("polydipsia", "panic attacks");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("falls")).allMatch(s -> s.laterality() == null);
    }

    @Test
    void aDenialRunsOverTheWholeListItOpensButNotPastANewClause() {
        VisitModel v = Visits.read("[doctor] on your review systems form , you indicated that you've not had any recent "
                + "weight loss or gain , headaches , bone pain , urinary symptoms , or blood in the stools .",
                "[patient] no fever, and i have a cough that won't quit.");
        assertThat(symptom(v, "headache").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "hematochezia").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "fever").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "cough").presence()).isEqualTo(Presence.PRESENT);
    }

    @Test
    void theRightHandSideIsASideNotTheHand() {
        VisitModel v = Visits.read("[patient] i developed this real sudden onset of pain in my right back",
                "[doctor] so you said you had the pain on the right hand side does it move anywhere or radiate",
                "[patient] yeah it radiated almost down to my groin");
        assertThat(v.symptoms()).noneMatch(s -> s.name().contains("hand"));
    }

    @Test
    void aYesIsForWhatTheAnswerNamesOrTheLastQuestionOfARun() {
        VisitModel named = Visits.read("[doctor] any nausea, vomiting, or diarrhea?", "[patient] yeah, some nausea.");
        assertThat(symptom(named, "nausea").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(named, "vomiting")).isNull();
        assertThat(symptom(named, "diarrhea")).isNull();
        VisitModel run = Visits.read("[doctor] alright and any nausea vomiting or diarrhea or anything like that are "
                + "you peeing a whole lot or anything like that", "[patient] yeah i'm feeling like crazy");
        assertThat(run.symptoms()).extracting(s -> s.name()).containsExactly("urinary frequency");
    }

    @Test
    void cantFallIsSleepABreakOutIntoASweatIsNoRashAndPainThatStoppedIsNotDenied() {
        VisitModel v = Visits.read("[doctor] how are you sleeping?",
                "[patient] when i lay down in bed i just can't can't fall",
                "[doctor] and the back pain, where does it go?",
                "[patient] it started a week ago, i broke out into a sweat and got nauseated, and it went almost to "
                        + "my groin and since then i haven't had any more pain");
        assertThat(v.symptoms()).extracting(s -> s.name()).doesNotContain("falls", "rash");
        assertThat(v.symptoms()).filteredOn(s -> s.name().contains("pain"))
                .noneMatch(s -> s.presence() == Presence.DENIED);
    }

    @Test
    void theBarePainOfAnAnswerThatPicksAnotherListedSymptomIsNotTheListedChestPain() {
        VisitModel v = Visits.read("[doctor] any other symptoms? you know, muscle aches, chest pain, body aches, "
                        + "anything like that?",
                "[patient] i have some body aches because i think i'm ... i'm favoring my back when i'm walking "
                        + "because of the pain, like i kinda feel it in my muscles.");
        assertThat(symptom(v, "myalgia").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "chest pain")).isNull();
    }

    @Test
    void aSiteInsideAConditionsNameIsNotWhereTheNextPainIs() {
        VisitModel v = Visits.read("[doctor] what's going on with your back?",
                "[patient] i'm feeling a lot of the same pain that i had when i had kidney stones two years ago.",
                "[doctor] okay. and is the pain coming and going?",
                "[patient] at first it was coming and going, and then for the last 48 hours it's been constant.");
        assertThat(v.symptoms()).extracting(s -> s.name()).doesNotContain("flank pain");
    }

    @Test
    void aPainPlacedByAnEarlierTurnCitesTheTurnThatSaidWhere() {
        VisitModel v = Visits.read("[doctor] i hear your back is bothering you?",
                "[patient] yeah. i felt something pull in my lower back on saturday.",
                "[doctor] ouch. where exactly is the pain?",
                "[patient] right here, low on the right side, kind of above my belt line.");
        assertThat(symptom(v, "low back pain").support().turns()).contains(2, 3, 4);
    }
}
