package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/** The patient's symptoms, with their polarity and what was said about them. */
class SymptomReaderTest {

    static Symptom symptom(VisitModel v, String name) {
        return v.symptoms().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aNoToTheQuestionIsADenial() {
        VisitModel v = Visits.read("[doctor] any chest pain or shortness of breath?", "[patient] no.");
        assertThat(symptom(v, "chest pain").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aSymptomReadOutWithoutQuestionWordsAndABurningWhenPassingWaterAreDenied() {
        VisitModel v = Visits.read("[doctor] any vomiting", "[patient] no", "[doctor] black tarry stools",
                "[patient] no, nothing like that", "[doctor] Any burning or stinging when you pass water?",
                "[patient] No, none of that.");
        assertThat(symptom(v, "melena").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "dysuria").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void theRecordersSplitNegationIsRead() {
        VisitModel v = Visits.read("[patient] i have n't had any joint pain , but my back hurts .");
        assertThat(symptom(v, "arthralgia").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "low back pain").said()).isEqualTo("my back hurts");
    }

    @Test
    void layWordsGetTheirClinicalTerm() {
        VisitModel v = Visits.read("[patient] i've been peeing a lot and throwing up since yesterday.");
        assertThat(symptom(v, "urinary frequency")).isNotNull();
        assertThat(symptom(v, "vomiting").said()).isEqualTo("throwing up");
    }

    @Test
    void aSecondComplaintWithItsOwnOnsetKeepsItToItself() {
        VisitModel v = Visits.read("[doctor] what brings you in today?",
                "[patient] i've had a cough for six days, and since last night a fever.");
        assertThat(symptom(v, "cough").duration()).isEqualTo("6 days");
        assertThat(symptom(v, "cough").onset()).isNull();
        assertThat(symptom(v, "fever").onset()).isEqualTo("since last night");
        assertThat(symptom(v, "fever").duration()).isNull();
        assertThat(v.reason().phrase()).isEqualTo("Cough for 6 days and fever");
    }

    @Test
    void whatHelpsIsTheFactorWithoutTheVerb() {
        VisitModel v = Visits.read("[patient] my lower back hurts on the right.", "[doctor] what makes it better?",
                "[patient] lying down flat helps.");
        assertThat(symptom(v, "low back pain").relieving()).containsExactly("lying down flat");
    }

    @Test
    void warningSignsSaidBackAreNotSymptoms() {
        VisitModel v = Visits.read("[doctor] on exam, his chest is clear and there is no stridor at rest.",
                "[doctor] so this is croup. bring him back straight away if the noise is there all the time, he's "
                        + "drooling or can't swallow, or his lips look blue.",
                "[parent] noise when calm, drooling, blue. okay.");
        assertThat(symptom(v, "drooling")).isNull();
    }

    @Test
    void cantStopCoughingIsCoughingAndSixDaysNowIsItsDuration() {
        VisitModel v = Visits.read("[doctor] what's going on?", "[patient] i caught a cold about a week ago and now i "
                + "can't stop coughing and i'm wheezing.", "[doctor] when did the cough start?", "[patient] the cold "
                + "started last monday, and the cough started the next day, so about six days now.",
                "[doctor] has the cough been waking you up?", "[patient] yes, the last three nights.");
        assertThat(symptom(v, "cough").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "wheezing").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "cough").duration()).isEqualTo("6 days");
        assertThat(Negation.of("now i can't stop coughing and i'm wheezing", 30, 38)).isEqualTo(Presence.PRESENT);
    }

    @Test
    void aQuestionnaireItemReadOutIsNotWhatThePatientHas() {
        VisitModel v = Visits.read("[doctor] it puts you in the moderately severe range for depression. i noticed you "
                + "ticked \"not at all\" for the last question, the one about thoughts of being better off dead or "
                + "hurting yourself. i ask everyone this directly, so: have you had any thoughts of ending your life?",
                "[patient] no. no. i've felt tired of everything. but not like that. i've got mila. i'd never.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("suicidal ideation")).isNotEmpty()
                .allMatch(s -> s.presence() == Presence.DENIED);
    }

    @Test
    void worstOnTheFirstDayIsWhenItPeakedNotASevereSymptom() {
        VisitModel v = Visits.read("[doctor] how bad is the pain now?", "[patient] walking on it's about a six. the "
                + "swelling was worst the first day, it was like a tennis ball, it's gone down a bit since.");
        assertThat(symptom(v, "swelling").severity()).isNull();
        VisitModel worst = Visits.read("[patient] it's the worst headache of my life.");
        assertThat(symptom(worst, "headache").severity()).isEqualTo("severe");
    }

    @Test
    void aRelativesConditionIsNotThePatients() {
        VisitModel v = Visits.read("[patient] my mom has migraines, but i feel fine.");
        assertThat(v.symptoms()).isEmpty();
    }

    @Test
    void aParentsOwnComplaintIsNotTheChilds() {
        VisitModel v = Visits.read("[mom] she's had a cough for three days. i've had a sore throat too.");
        assertThat(symptom(v, "cough")).isNotNull();
        assertThat(symptom(v, "sore throat")).isNull();
    }

    @Test
    void anAllergysReactionIsNotAComplaintOfTheVisit() {
        VisitModel v = Visits.read("[doctor] you had a bad reaction to codeine before, right?",
                "[patient] yeah, codeine made me throw up for a whole day after my wisdom teeth.",
                "[doctor] and you had hives from a sulfa antibiotic, right?",
                "[patient] yes, from the bactrim. i broke out in hives.",
                "[doctor] what brings you in?", "[patient] my back hurts.");
        assertThat(symptom(v, "vomiting")).isNull();
        assertThat(symptom(v, "urticaria")).isNull();
        assertThat(symptom(v, "low back pain")).isNotNull();
    }

    @Test
    void aHypotheticalIsNotASymptom() {
        VisitModel v = Visits.read("[doctor] if you get chest pain, call 911.", "[patient] okay.");
        assertThat(symptom(v, "chest pain")).isNull();
    }

    @Test
    void attributesStayInTheirClause() {
        VisitModel v = Visits.read("[patient] i heard a pop in my knee and i had to lie down for about an hour, "
                + "and it's been swollen for 2 days, like a 6 out of 10.");
        Symptom swelling = v.symptoms().stream().filter(s -> s.name().contains("swelling")).findFirst().orElseThrow();
        assertThat(swelling.duration()).isEqualTo("2 days");
        assertThat(swelling.severity()).isEqualTo("6/10");
    }

    @Test
    void tightnessIsNotTheChestPainTheQuestionExcludes() {
        VisitModel v = Visits.read("[patient] my chest feels tight at night.",
                "[doctor] does the inhaler help?", "[patient] it helps for a few hours, then the tightness comes back.",
                "[doctor] any chest pain other than the tightness?", "[patient] no, just the tightness.");
        assertThat(symptom(v, "chest tightness").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "chest tightness").duration()).isNull();
        assertThat(symptom(v, "chest pain").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aDomainQuestionAnsweredPoorlyIsThatDomainsSymptom() {
        VisitModel v = Visits.read("[doctor] energy during the day ?", "[patient] still kind of low . better , but low .",
                "[doctor] concentration at work?", "[patient] it's hard. i reread emails like five times.",
                "[doctor] sleep?", "[patient] good.");
        assertThat(symptom(v, "fatigue").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "difficulty concentrating").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "insomnia").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aReplyAboutTheFirstOfTwoQuestionsAnswersOnlyThatOne() {
        VisitModel v = Visits.read("[doctor] energy ? appetite ?", "[patient] energy 's low . appetite 's okay , maybe a "
                + "little less .", "[doctor] and your mood?", "[patient] not too bad.");
        assertThat(symptom(v, "fatigue").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "decreased appetite")).isNull();
        assertThat(symptom(v, "depressed mood")).isNull();
    }

    @Test
    void whatAStoppedDrugDidIsNotAComplaintOfTheVisit() {
        VisitModel v = Visits.read("[doctor] and the trazodone for sleep?", "[patient] oh, i stopped the trazodone. it "
                + "made me so groggy in the morning, like a zombie, i couldn't drive the kids.");
        assertThat(v.symptoms()).isEmpty();
    }

    @Test
    void aKneeThatCatchesButNeverLockedIsNotLocking() {
        VisitModel v = Visits.read("[doctor] Any clicking or catching?", "[patient] Yeah, it catches sometimes, like "
                + "something's in there, and it clicks.", "[doctor] Has it ever locked, where you can't straighten it out?",
                "[patient] No, never locked.");
        assertThat(symptom(v, "joint catching").presence()).isEqualTo(Presence.PRESENT);
        assertThat(symptom(v, "joint locking").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aYesToDidItGoAwayIsNotAComplaintOfTheVisit() {
        VisitModel v = Visits.read("[doctor] did the swelling go away after you stopped it?", "[patient] yes, in one week "
                + "it was gone.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().contains("swelling") && s.present());
    }

    @Test
    void aRatingAnswersThePainTheQuestionNamesAtTheSiteTheClinicianAskedAbout() {
        VisitModel v = Visits.read("[patient] my ankles were swelling like bread dough.",
                "[doctor] now the knee. which knee is bothering him?",
                "[patient] the left. always the left. when i walk more than fifteen minutes.",
                "[doctor] how bad is the pain, zero to ten?", "[patient] five. sometimes six in the evening.");
        assertThat(symptom(v, "knee pain").laterality()).isEqualTo("left");
        assertThat(symptom(v, "knee pain").severity()).contains("5/10");
        assertThat(v.symptoms()).filteredOn(s -> !s.name().equals("knee pain")).allMatch(s -> s.severity() == null);
    }

    @Test
    void aSpousesOwnInjuryWhileCatchingThePatientIsNotThePatients() {
        VisitModel v = Visits.read("[doctor] Any chest pain, before or after?", "[patient] No chest pain.",
                "[doctor] Shortness of breath?", "[patient] No.", "[doctor] Did you hit your head?",
                "[patient] Just my shoulder on the fence. It's fine.",
                "[spouse] Sorry, can I ask something? I hurt my wrist catching him, it's been throbbing since Saturday.");
        assertThat(symptom(v, "chest pain").presence()).isEqualTo(Presence.DENIED);
        assertThat(v.symptoms()).noneMatch(s -> s.present() && s.name().contains("pain"));
    }

    @Test
    void oneNoAnswersEveryQuestionOfTheTurnAndLimpIsNotLimping() {
        VisitModel v = Visits.read("[doctor] any jerking of the arms or legs? stiffening?",
                "[spouse] no, nothing like that. he was just limp.");
        assertThat(symptom(v, "seizure").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "limping")).isNull();
    }

    @Test
    void aCharacterWordDescribesOnlyTheSymptomInItsOwnClause() {
        VisitModel v = Visits.read("[patient] out of nowhere my heart starts pounding, i can't catch my breath, my hands "
                + "get pins and needles, and i feel like i'm dying.");
        assertThat(symptom(v, "shortness of breath").character()).isNull();
        assertThat(symptom(v, "palpitations").character()).isEqualTo("pounding");
    }

    @Test
    void somethingElseAndNotWhatWasAskedDeniesWhatWasAsked() {
        VisitModel v = Visits.read("[patient] my hands get pins and needles during the attacks.",
                "[doctor] during the attacks, do you get chest pain?", "[patient] sort of a tightness. not really pain.");
        assertThat(symptom(v, "chest pain").presence()).isEqualTo(Presence.DENIED);
        assertThat(v.symptoms()).extracting(Symptom::name).doesNotContain("hand pain");
    }

    @Test
    void howBadIsItRatesThePainJustDescribedNotTheCough() {
        VisitModel v = Visits.read("[patient] this cough. it's been six days now. and since yesterday i've got this "
                + "pain on my right side when i breathe in.", "[doctor] where exactly is the pain?",
                "[patient] right side, lower down. only when i take a deep breath or cough.",
                "[doctor] how bad is it when you take a deep breath?",
                "[patient] about a six. the cough itself doesn't hurt, it's the breathing in.");
        assertThat(symptom(v, "cough").severity()).isNull();
        assertThat(v.symptoms()).filteredOn(s -> s.name().contains("pain")).extracting(s -> s.name() + " "
                + s.severity() + " " + s.support().turns()).containsExactly("flank pain 6/10 [1, 2, 3, 4, 5]");
    }

    @Test
    void aParentsOwnCoughAfterBecauseIsNotTheChilds() {
        VisitModel v = Visits.read("[doctor] any cough or runny nose?", "[parent] no, none of that. which is funny, "
                + "because i've had this cough for about three weeks myself. but he hasn't had any cough.");
        assertThat(symptom(v, "cough").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aFearedInjuryIsNotWhereTheComplaintIs() {
        VisitModel v = Visits.read("[patient] my right foot just rolled, the ankle went over sideways, and i heard a pop.",
                "[patient] honestly, when i heard that pop, i thought i'd snapped my achilles. my running buddy ruptured "
                        + "his last year.", "[doctor] how bad is the pain?", "[patient] it hurts, about a six.");
        assertThat(v.symptoms()).extracting(Symptom::name).noneMatch(n -> n.contains("achilles"));
    }

    @Test
    void aSymptomThatIsGoneOrOnlyToComeIsNotAComplaint() {
        VisitModel v = Visits.read("[patient] last month my pulse was in the fifties and i was dizzy getting out of bed.",
                "[doctor] you're still taking it? dizziness better?", "[patient] still taking it. and yes, the dizziness "
                        + "is gone.", "[doctor] so this is shingles. here's the plan: valacyclovir 1000 mg three times a day.",
                "[doctor] in a couple of months, let's get you the shingrix vaccine.", "[patient] fine. sore arm and all.");
        assertThat(symptom(v, "dizziness").presence()).isEqualTo(Presence.RESOLVED);
        assertThat(v.symptoms()).extracting(Symptom::name).noneMatch(n -> n.contains("arm"));
    }

    @Test
    void aCharacterDeniedIsNotTheCharacterAndTheReferralReasonIsTheComplaint() {
        VisitModel v = Visits.read("[doctor] neil, your primary doctor sent you because of chest discomfort. tell me about it.",
                "[patient] it's, uh, a pressure. here, in the middle. when i walk up the hill.",
                "[doctor] and how strong is it, out of ten?", "[patient] about a five. it's not sharp. like a tight band.");
        assertThat(v.reason().phrase()).isEqualTo("Chest pain");
        assertThat(v.symptoms()).extracting(Symptom::character).doesNotContain("sharp");
    }

    @Test
    void noSwellingInTheReplyDeniesItAndNearlyFellIsNoFall() {
        VisitModel v = Visits.read("[doctor] shortness of breath, ankle swelling?",
                "[patient] a bit puffed on the hill, but i'm seventy-one. no swelling.",
                "[spouse] dr. felsham cut the carvedilol last month, he was dizzy, he nearly fell over in the kitchen.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().contains("edema") || s.name().contains("swelling"))
                .allMatch(s -> s.presence() == Presence.DENIED).isNotEmpty();
        assertThat(v.symptoms()).extracting(Symptom::name).doesNotContain("falls");
    }

    @Test
    void whenARelativeWasIllIsNotWhenTheSymptomStarted() {
        VisitModel v = Visits.read("[parent] he's had a cough for five days. and honestly, the coughing really scared me, "
                + "because my sister's boy, my nephew, had whooping cough last year.");
        assertThat(symptom(v, "cough").onset()).isNull();
        assertThat(symptom(v, "cough").duration()).isEqualTo("5 days");
    }
}
