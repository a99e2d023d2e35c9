package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Past, family and social history, and whose each item is. */
class HistoryReaderTest {

    @Test
    void aDiseaseTheInternetSuggestedIsNoPastHistory() {
        VisitModel v = Visits.read("[doctor] What's brought you in?",
                "[patient] Headaches. Every day for about three weeks now. And my neck's been stiff, and I looked it up, "
                        + "and stiff neck and headache came up as meningitis, so I've worked myself up a bit.");
        assertThat(v.history()).noneMatch(h -> h.text().toLowerCase().contains("meningitis"));
    }

    @Test
    void drinkingWaterAndSquashIsNotAlcoholHistory() {
        VisitModel v = Visits.read("[doctor] What's brought you in?", "[patient] A sore throat and a rash.",
                "[doctor] How are you managing with food and drink?",
                "[patient] I'm drinking okay, water and squash, but I'm not really eating.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("social")).isEmpty();
    }

    @Test
    void aFriendsMotherIsNotFamilyHistory() {
        VisitModel v = Visits.read("[doctor] any illnesses that run in the family?",
                "[patient] my dad has high blood pressure. and my friend's mum recently died of a brain tumor.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family")).extracting(HistoryItem::relative)
                .containsExactly("father");
    }

    @Test
    void aParentAnsweringAboutTheSisterTellsTheSistersDiabetesAndA1cNotTheBoys() {
        VisitModel v = Visits.read("[parent] And he's lost weight. That's what scared me, because of his sister.",
                "[doctor] Tell me about his sister.",
                "[parent] Hester's fourteen, she was diagnosed with type 1 diabetes last year, and she was drinking and "
                        + "peeing all the time. Her A1c was seven point two at her last check.");
        assertThat(v.history()).filteredOn(h -> h.text().toLowerCase().contains("diabetes"))
                .allMatch(h -> h.kind().equals("family") && "sister".equals(h.relative())).isNotEmpty();
        assertThat(v.measurements()).noneMatch(m -> m.value().equals("7.2"));
    }

    @Test
    void theSpouseNamingTheBrotherTellsTheBrothersAlzheimersNotThePatients() {
        VisitModel v = Visits.read("[doctor] When did the forgetfulness start?",
                "[spouse] Since he got low, I'd say. It's his brother, you see. Cedric has Alzheimer's, he's in a home "
                        + "now.");
        assertThat(v.history()).filteredOn(h -> h.text().toLowerCase().contains("alzheimer"))
                .allMatch(h -> h.kind().equals("family") && "brother".equals(h.relative())).isNotEmpty();
    }

    @Test
    void theMotherAskedAboutOwnsTheDialysisAndItIsNoPartOfTheStory() {
        var note = Visits.draft("[doctor] so what brings you in today", "[patient] my diabetes check",
                "[doctor] and how's your mom doing",
                "[patient] still on dialysis three times a week for her kidneys she's eighty seven tough old bird");
        assertThat(Visits.lines(note)).contains("Family history: mother with end-stage renal disease.")
                .noneMatch(l -> l.contains("tough old bird"));
    }

    @Test
    void aGlassOfRedAfterGivingUpSmokingIsWhatHeDrinks() {
        var note = Visits.draft("[doctor] What brings you in?", "[patient] A mole on my back has changed.",
                "[doctor] Do you smoke or drink?",
                "[patient] Gave up smoking in 2009. A glass of red with dinner most nights.");
        assertThat(Visits.lines(note)).anyMatch(l -> l.startsWith("Social history: drinks a glass of red"))
                .noneMatch(l -> l.contains("smokes a glass"));
    }

    @Test
    void contactDetailsSaidAloudStayOutOfTheNote() {
        var note = Visits.draft("[doctor] what's the best way to reach you?",
                "[patient] my email address is peter dot pumpernickel at example dot com, and my cough is worse at night.");
        assertThat(String.join("\n", Visits.lines(note))).doesNotContainIgnoringCase("pumpernickel");
    }

    @Test
    void theRelativeNamedInTheSentenceBeforeOwnsTheCondition() {
        VisitModel v = Visits.read("[doctor] any times where you've felt the opposite, really high energy?",
                "[patient] no, never. that's more my mom. she's bipolar, you know that.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family"))
                .extracting(h -> h.relative() + " " + h.text()).containsExactly("mother bipolar disorder");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("medical"));
    }

    @Test
    void theClinicianRestatingARelativesDiagnosisIsFamilyHistoryButTheirOwnFamilyIsNot() {
        VisitModel v = Visits.read("[doctor] and last time you told me your sister has bipolar disorder.",
                "[patient] yes.", "[doctor] my dad has diabetes too, so i know how it goes.", "[patient] ha.");
        assertThat(v.history()).extracting(h -> h.kind() + " " + h.relative() + " " + h.text())
                .containsExactly("family sister bipolar disorder");
    }

    @Test
    void aHabitGivenUpIsSocialHistoryAndAnInterpreterAnswersAsThePatient() {
        VisitModel v = Visits.read("[doctor] does he smoke or drink?",
                "[interpreter] i quit smoking twenty years ago. one beer on sunday.");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("medical"));
        assertThat(v.history()).filteredOn(h -> h.kind().equals("social")).extracting(HistoryItem::text)
                .anyMatch(t -> t.contains("ormer smoker, quit 20 years ago"));
    }

    @Test
    void sickContactsAreTheirOwnLineNotThePatientsHistory() {
        VisitModel v = Visits.read("[doctor] is he playing at all?", "[parent] he's tired, but he laughed a bit.",
                "[doctor] anyone else sick?", "[parent] half his daycare class. they sent a note home monday about a "
                        + "stomach bug.");
        assertThat(v.history()).extracting(h -> h.kind() + ": " + h.text())
                .containsExactly("contacts: half his daycare class");
    }

    @Test
    void todaysIllnessAMissedShotAndWhatADrugDidAreNotPastHistoryButWhatADrugWasForIs() {
        VisitModel v = Visits.read("[doctor] what brings you in?", "[patient] i think i have a uti. it burns when i pee.",
                "[doctor] anything else?", "[patient] i caught a cold about a week ago.",
                "[doctor] shots up to date?", "[patient] yes, well, except the rotavirus, we missed the last one.",
                "[doctor] and the advair?", "[patient] i stopped it in may. it gave me that white stuff in my mouth, thrush.",
                "[doctor] any allergies?", "[patient] yes, from the bactrim they gave me for a bladder infection last "
                        + "year. i broke out in hives.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("medical")).extracting(HistoryItem::text)
                .containsExactly("urinary tract infection");
    }

    @Test
    void whatTheyFearedIsNotTheirHistory() {
        VisitModel v = Visits.read("[patient] when i heard that pop, i thought i'd snapped my achilles.",
                "[spouse] i honestly thought he was having a heart attack that day.");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("medical"));
    }

    @Test
    void theRelativeJustNamedOwnsWhatFollows() {
        VisitModel v = Visits.read("[parent] my sister's boy, my nephew, had whooping cough last year. that awful "
                + "whooping.", "[parent] my sister's boy had rheumatic fever after a strep throat, and he's got a "
                + "heart murmur from it now.");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("medical"));
        // the parent's nephew is the patient's cousin
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family")).extracting(h -> h.relative())
                .containsOnly("cousin");
    }

    @Test
    void anAllergyTakenBackOrAMedicineGivenIsNoAllergy() {
        VisitModel wife = Visits.read("[doctor] any allergies?", "[patient] sulfa? no, wait, that's my wife. i don't "
                + "have any.");
        assertThat(wife.allergies()).allMatch(a -> a.none());
        VisitModel given = Visits.read("[doctor] any medicines, any allergies?", "[parent] i gave him children's "
                + "ibuprofen this morning. no allergies.");
        assertThat(given.allergies()).isNotEmpty().allMatch(a -> a.none());
        VisitModel real = Visits.read("[doctor] any medicines, any allergies?", "[patient] penicillin, i get hives.");
        assertThat(real.allergies()).extracting(a -> a.substance()).containsExactly("penicillin");
    }

    @Test
    void anAllergyConfirmedToAQuestionAboutMedicinesIsKept() {
        VisitModel v = Visits.read("[doctor] and your allergies to medicines, you had hives from a sulfa antibiotic, right?",
                "[patient] yes, from the bactrim they gave me for a bladder infection last year. i broke out in hives.");
        assertThat(v.allergies()).extracting(a -> a.substance()).containsExactly("sulfa");
    }

    @Test
    void anAllergysReactionIsReadInLayWordsAndFromTheNextSentence() {
        assertThat(Visits.read("[doctor] any allergies?", "[patient] i'm allergic to erythromycin, it made me vomit "
                + "for a whole day.").allergies()).extracting(a -> a.reaction()).containsExactly("vomiting");
        assertThat(Visits.read("[doctor] and the only allergy is aspirin, is that right?",
                "[spouse] aspirin makes him wheezy, yes.").allergies()).extracting(a -> a.reaction())
                .containsExactly("wheezing");
        assertThat(Visits.read("[parent] just the eczema. oh, and he's allergic to egg. he came out in hives round his "
                + "mouth with scrambled egg when he was one.").allergies()).extracting(a -> a.reaction())
                .containsExactly("hives");
        assertThat(Visits.read("[doctor] allergies?", "[patient] metoclopramide. i had it in the emergency room once "
                + "for being sick, and my neck twisted and my jaw locked.").allergies()).extracting(a -> a.reaction())
                .containsExactly("dystonic reaction");
    }

    @Test
    void aTeammatesInjuryIsNotThePatientsHistory() {
        VisitModel v = Visits.read("[doctor] how did the match go?", "[patient] terrible. we lost, and our striker, "
                + "Gethin, broke his collarbone in the same game. he had to have a plate put in.");
        assertThat(v.history()).noneMatch(h -> h.text().toLowerCase().contains("clavicle")
                || h.text().toLowerCase().contains("collarbone"));
        assertThat(v.patient().history()).noneMatch(h -> h.toLowerCase().contains("clavicle"));
    }

    @Test
    void immunizationsUpToDateAreHistoryWithWhatWasMissed() {
        assertThat(Visits.lines(Visits.draft("[doctor] any medical problems, medicines, allergies?", "[parent] no, "
                + "he's healthy. shots are up to date, well, except the rotavirus, we missed the last one when we moved.")))
                .contains("Immunizations: up to date, except the rotavirus.");
        assertThat(Visits.lines(Visits.draft("[doctor] is ludo up to date with his vaccinations?", "[parent] yes, all "
                + "of them."))).contains("Immunizations: up to date.");
        assertThat(Visits.lines(Visits.draft("[doctor] is she up to date with her shots?", "[parent] no, we're behind.")))
                .noneMatch(l -> l.startsWith("Immunizations"));
    }

    @Test
    void shotsAskedAsAreTheyUpToDateAndAnsweredInTheQuestionsWordsAreUpToDate() {
        assertThat(Visits.lines(Visits.draft("[doctor] and her shots are up to date?", "[parent] yes, she had her "
                + "two-year shots in the summer."))).contains("Immunizations: up to date.");
        assertThat(Visits.lines(Visits.draft("[doctor] are his vaccinations up to date?", "[parent] all up to date, he "
                + "had his one-year ones."))).contains("Immunizations: up to date.");
        assertThat(Visits.lines(Visits.draft("[doctor] are his vaccinations up to date?", "[parent] not really, we "
                + "missed a few."))).noneMatch(l -> l.startsWith("Immunizations"));
    }

    @Test
    void aNoWithoutISaidAboutSmokingIsDoesNotSmokeAndALatexReactionIsNoComplaint() {
        List<String> lines = Visits.lines(Visits.draft("[patient] and i'm allergic to latex, i come out in hives.",
                "[doctor] latex gives you hives, noted. do you smoke, drink?",
                "[patient] don't smoke. a glass of wine at the weekend."));
        assertThat(lines).contains("Social history: non-smoker.").noneMatch(l -> l.contains("reports hives"));
        assertThat(Visits.lines(Visits.draft("[doctor] do you take any iron?", "[interpreter] no. and my daughter, "
                + "ilda, she had low iron when she was pregnant, and the iron tablets made her terribly constipated.")))
                .noneMatch(l -> l.toLowerCase().contains("constipation"));
    }

    @Test
    void aNoThatAnswersForTheDrugsLeavesTheSmokingAndDrinkingSaidAfterIt() {
        var note = Visits.draft("[doctor] wonderful . do you have any history of smoking , illicit drug use , heavy "
                + "alcohol consumption ?", "[patient] no drugs . i do drink socially , but never more than that . and i "
                + "used to smoke , but really , everybody did back then and i probably quit about 30 years ago .");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("does not smoke") || l.contains("non-smoker"))
                .anyMatch(l -> l.contains("used to smoke"));
    }

    @Test
    void howMuchThePatientSmokesIsSocialHistoryNotAPastDiagnosis() {
        VisitModel v = Visits.read("[doctor] are you still smoking?", "[patient] yeah, about half a pack a day.",
                "[doctor] how much caffeine are you having?", "[patient] about four cups of coffee a day.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("medical")).isEmpty();
        assertThat(v.history()).filteredOn(h -> h.kind().equals("social")).extracting(h -> h.text())
                .contains("Smokes about half a pack a day.", "Drinks about 4 cups of coffee a day.");
    }

    @Test
    void habitsToldInOneBreathAreToldHabitByHabitInTheNotesWords() {
        assertThat(Visits.lines(Visits.draft("[doctor] how about coffee alcohol smoking",
                "[patient] um probably four cups of coffee a night to stay awake and a couple of beers on the weekends "
                        + "that's it i've never smoked")))
                .contains("Social history: drinks about 4 cups of coffee a night to stay awake.",
                        "Social history: drinks a couple of beers on the weekends.", "Social history: never smoked.");
        assertThat(Visits.lines(Visits.draft("[doctor] do you smoke?", "[patient] i quit ten years ago. i smoked a pack "
                + "a day for about twenty years.")))
                .contains("Social history: former smoker, a pack a day for about 20 years, quit 10 years ago.");
        assertThat(Visits.lines(Visits.draft("[doctor] gotcha do you drink at all",
                "[patient] a glass of bourbon on friday nights that's about it")))
                .anyMatch(l -> l.startsWith("Social history: drinks a glass of bourbon on friday nights"));
    }

    @Test
    void anEnergyDrinkOwnedUpToAndAWeekendGlassAreHabitsInTheNotesWords() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] how much caffeine do you have?",
                "[patient] about four cups of coffee a day.", "[patient_guest] and an energy drink most afternoons.",
                "[patient] okay, yes, and an energy drink. i need it to get through the afternoon.",
                "[doctor] any alcohol, nicotine, or cold medicines?",
                "[patient] a glass of wine on weekends maybe. no smoking, no cold medicines."));
        assertThat(lines).contains("Social history: drinks an energy drink.",
                "Social history: drinks a glass of wine on weekends.", "Social history: non-smoker.");
    }

    @Test
    void notDrinkingTooMuchIsNoDenialOfAlcohol() {
        VisitModel v = Visits.read("[doctor] and do you drink much alcohol?",
                "[patient] moderate alcohol intake. yeah, i don't drink too much.");
        assertThat(v.history()).extracting(h -> h.text()).doesNotContain("Does not drink", "Does not drink alcohol");
    }

    @Test
    void conditionsAnsweringWhatRunsInTheFamilyAreFamilyHistoryUnlessThePatientHasThemToo() {
        VisitModel v = Visits.read("[doctor] and what conditions would you say run in your family?",
                "[patient] i have high blood pressure, diabetes and depression.");
        assertThat(v.history()).extracting(h -> h.kind() + ":" + h.text()).contains("family:hypertension",
                "family:type 2 diabetes mellitus").noneMatch(s -> s.startsWith("medical:"));
        VisitModel too = Visits.read("[doctor] any family history of diabetes?",
                "[patient] my mom has it, and i have diabetes too.");
        assertThat(too.history()).extracting(h -> h.kind() + ":" + h.text())
                .contains("medical:type 2 diabetes mellitus");
    }

    @Test
    void aFathersCancerToldInARunOnAfterAnIfIsFamilyHistory() {
        VisitModel v = Visits.read("[patient] if you say so doc um the thing is my dad had lung cancer he was "
                + "diagnosed at sixty eight and he'd been coughing for months");
        assertThat(v.history()).anyMatch(h -> h.kind().equals("family") && "father".equals(h.relative())
                && h.text().equals("lung cancer"));
    }

    @Test
    void mumNamedAsANameIsWhomSheRefersTo() {
        VisitModel v = Visits.read("[doctor] How's the family? Last time you mentioned your mum.",
                "[patient] Mum's ninety-one and in a home. She had her stroke at seventy.");
        assertThat(v.history()).anyMatch(h -> h.kind().equals("family") && "mother".equals(h.relative())
                && h.text().equals("stroke"));
    }
}
