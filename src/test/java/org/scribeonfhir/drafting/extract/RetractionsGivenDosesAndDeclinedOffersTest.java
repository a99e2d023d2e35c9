package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.82 read (`src/challenge/reads/2.5.82`), each written again in our own words: symptoms taken
 * back or told after a prompt, doses given in the room, an allergy the clinician names, drugs stopped without their
 * name, offers the patient turned down, a regimen put off until a result, a step that waits on a result, and the
 * visit's stated purpose.
 */
class RetractionsGivenDosesAndDeclinedOffersTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void nosebleedsTheSpouseSaysWereTheGranddaughtersAreDenied() {
        List<String> note = all("[patient] I get short of breath on the hill.",
                "[doctor] Any bleeding at all? Gums, nosebleeds, blood in your urine?",
                "[patient] I've had a few nosebleeds.",
                "[husband] No, you haven't. That was wee Isla, our granddaughter, on Friday. You've had nothing.",
                "[patient] Och, right enough, it was Isla. Nothing from me.");
        assertThat(note).noneMatch(l -> l.contains("Endorses") && l.contains("epistaxis"))
                .noneMatch(l -> l.contains("reports epistaxis"));
    }

    @Test
    void weightLossTheInterpreterCorrectsToTheSistersIsDenied() {
        List<String> note = all("[patient] I have a cough.",
                "[doctor] Has she lost any weight?",
                "[interpreter] She says yes, she lost four kilos.",
                "[interpreter] Sorry, doctor, she's correcting me: she means her sister lost four kilos. She herself "
                        + "hasn't lost weight.");
        assertThat(note).noneMatch(l -> (l.contains("Endorses") || l.contains("reports")) && l.contains("weight loss"));
    }

    @Test
    void aSoreNeckTakenBackInTheSameBreathIsNotAdmitted() {
        List<String> note = all("[patient] My fingers are tingling, mostly at night.",
                "[doctor] Any pain in your neck?",
                "[patient] No.",
                "[doctor] The neck, nothing at all?",
                "[patient] Actually I did have a sore neck. Oh no, hang on, that was after the long drive at Easter. "
                        + "Gone in a day. No, the neck's fine.");
        assertThat(note).noneMatch(l -> (l.contains("Endorses") || l.contains("reports")) && l.contains("neck pain"));
    }

    @Test
    void aFallToldAfterTheDaughtersPromptIsPresent() {
        List<String> note = all("[patient] My feet have been tingling for three months.",
                "[doctor] Any falls?",
                "[patient] No, no falls.",
                "[daughter] Mum, the kitchen. Tell him.",
                "[patient] Alright. Last week I fell in the kitchen in the evening. I didn't hit my head, only my hip "
                        + "was sore for two days.");
        assertThat(note).noneMatch(l -> l.contains("enies") && l.contains("falls"))
                .anyMatch(l -> (l.contains("Endorses") || l.contains("reports")) && l.contains("falls"));
    }

    @Test
    void aFeverAfterLastYearsJabIsNoSymptomToday() {
        List<String> note = all("[patient] My ankles are swelling up.",
                "[doctor] Your flu vaccine is due. Would you like it today?",
                "[patient] No need. Last time after the jab I had fever two days. Don't want.",
                "[doctor] Okay, your choice, I'll note that you declined.");
        assertThat(note).noneMatch(l -> (l.contains("Endorses") || l.contains("reports")) && l.contains("fever"));
    }

    @Test
    void aSteroidTheDoctorInjectsIsGivenInClinicIntoTheCarpalTunnel() {
        List<String> note = all("[patient] My thumb and two fingers go numb at night.",
                "[doctor] I can offer you a steroid injection into the wrist today.",
                "[patient] Yes, let's do it.",
                "[doctor] Triamcinolone 40 milligrams with 1 mL of 1 percent lidocaine, please, Siobhan.",
                "[nurse] Here you go.",
                "[doctor] Small prick now. Triamcinolone 40 milligrams with 1 mL lidocaine 1 percent into the left "
                        + "carpal tunnel, no resistance.",
                "[patient] That was fine.");
        assertThat(note).anyMatch(l -> l.contains("Triamcinolone 40 mg by injection into the left carpal tunnel given "
                + "in clinic"))
                .anyMatch(l -> l.contains("Lidocaine 1 mL by injection into the left carpal tunnel given in clinic"))
                .noneMatch(l -> l.contains("Start triamcinolone") || l.contains("Start lidocaine"));
    }

    @Test
    void theNursesDeltoidInjectionReadOutWithItsTimeIsGiven() {
        List<String> note = all("[patient] I'm always tired and my tongue is sore.",
                "[doctor] Your B12 is very low, so we start injections today.",
                "[nurse] Right arm please. Sharp scratch... Hydroxocobalamin 1 milligram, intramuscular, right "
                        + "deltoid, at 10:25. Done.",
                "[patient] Not too bad.");
        assertThat(note).anyMatch(l -> l.contains("Hydroxocobalamin 1 mg IM") && l.contains("given in clinic"));
    }

    @Test
    void theTriageSyrupDoseIsTheSumAfterItsStrength() {
        List<String> note = all("[mother] He fell off his scooter and his wrist is really sore.",
                "[doctor] Did he have anything for the pain?",
                "[nurse] Ibuprofen syrup 100 milligrams per 5 mL, 10 mL, so 200 milligrams orally at twenty past "
                        + "four.",
                "[doctor] Thanks.");
        assertThat(note).anyMatch(l -> l.contains("Ibuprofen 200 mg by mouth given in clinic"));
    }

    @Test
    void anAntisepticTheClinicianNamesAndASulphaAllergyAreBothAllergies() {
        List<String> note = all("[patient] I've got a rash on my arms.",
                "[doctor] Any allergies to medicines?",
                "[patient] Not tablets, but the orange stuff they painted on my belly before my hernia operation. I "
                        + "came out in hives and my eyes puffed up.",
                "[doctor] That sounds like chlorhexidine, the skin cleaner. That's a true allergy. Any other "
                        + "allergies?",
                "[patient] Sulpha tablets. My skin peeled off and I was in hospital for a week.",
                "[doctor] That's a serious allergy too.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies") && l.contains("chlorhexidine (eye swelling, hives)")
                && l.contains("sulfa (skin peeling)"));
    }

    @Test
    void stopThatTodayAfterThePatientsReplyAndBrandGummiesAreStopped() {
        List<String> note = all("[patient] My feet burn at night.",
                "[doctor] Any supplements?",
                "[patient] I take vitamin B6 100 milligrams every morning, my neighbour swears by it. And the Sunvita "
                        + "multivitamin gummies my son buys.",
                "[doctor] Vitamin B6 at 100 milligrams a day can itself cause burning feet.",
                "[patient] Really?",
                "[doctor] Yes. I'd like you to stop that today, and we'll check your B6 level.",
                "[doctor] The Sunvita gummies, stop them as well.");
        assertThat(note).anyMatch(l -> l.contains("Stop Vitamin b6 (pyridoxine)"))
                .anyMatch(l -> l.contains("Stop Sunvita (multivitamin)"))
                .noneMatch(l -> l.startsWith("Current medications") && (l.contains("b6") || l.contains("Sunvita")));
    }

    @Test
    void constipationToldAfterTheIronIsTheIronsNotTheDrugBeforeTheQuestion() {
        List<String> note = all("[patient] My stomach hurts. I take the Sunvita multivitamin gummies.",
                "[doctor] Any medicines you took before and stopped?",
                "[daughter] The iron tablet, ferrous sulphate, two years ago. She finished it in May. It made her "
                        + "badly constipated.");
        assertThat(note).noneMatch(l -> l.contains("multivitamin") && l.contains("constipation"));
    }

    @Test
    void aReferralAndABraceTheyTurnedDownAreDeclinedAndTheMriIsOrdered() {
        List<String> note = all("[doctor] What brings you in today?",
                "[patient] My right knee gives way on the stairs, for about two months now.",
                "[doctor] Any swelling?",
                "[patient] A bit after football.",
                "[doctor] Let me examine the knee. There's a small effusion, and the anterior drawer test is positive "
                        + "on the right.",
                "[doctor] I think you've torn your anterior cruciate ligament.",
                "[doctor] I'd be glad to refer you to the orthopaedic surgeons at Harbourview as well.",
                "[patient] No, not yet, Doctor. I've a wedding in June and I'm not having an operation before it.",
                "[doctor] That's fair. We'll think again in three months.",
                "[doctor] I'd like to give you a knee brace for a few weeks.",
                "[patient] No way. I'm not wearing a brace to work.",
                "[doctor] Okay, your call.",
                "[doctor] I'd also like to do an MRI of the knee.",
                "[patient] Yes, please.");
        assertThat(note)
                .anyMatch(l -> l.contains("Offered referral to orthopaedic surgeons, which the patient declined"))
                .anyMatch(l -> l.contains("Offered knee brace, which the patient declined"))
                .anyMatch(l -> l.contains("Order an MRI of the knee"));
    }

    @Test
    void aWeeklyRegimenPutOffUntilTheSputumResultIsNotStartedToday() {
        List<String> note = all("[doctor] So you're here because your wife has TB?",
                "[interpreter] He says yes, she was diagnosed two weeks ago and they share a room.",
                "[doctor] Any cough, fever, night sweats or weight loss?",
                "[interpreter] He says no, none of those.",
                "[doctor] Let me listen to the chest. Chest is clear.",
                "[doctor] The skin test is positive and the chest X-ray is clear, so I think this is TB infection "
                        + "without disease.",
                "[doctor] If the sputum is negative, he starts prevention called 3HP. That's isoniazid and "
                        + "rifapentine together, once a week for 12 weeks.",
                "[doctor] The doses: isoniazid 900 milligrams, and rifapentine 600, no, at 72 kilos it's 900 "
                        + "milligrams, six of the 150 tablets.",
                "[interpreter] He asks when he must start.",
                "[doctor] Don't start until we phone with the sputum result.");
        assertThat(note).anyMatch(l -> l.contains("Start isoniazid 900 mg weekly after the sputum result (not started "
                + "today)"))
                .anyMatch(l -> l.contains("Start rifapentine 900 mg weekly"))
                .noneMatch(l -> l.matches(".*Start (?:isoniazid|rifapentine)[^(]*\\.$"));
    }

    @Test
    void aStepUpThatWaitsOnTheBloodsKeepsTheStartingDoseAndTheDrugWaitedOnIsStarted() {
        List<String> note = all("[patient] My ankles have been swelling.",
                "[doctor] Let me check your ankles. There's pitting oedema to the mid shin.",
                "[doctor] For the protein in your urine I want to start candesartan. 4 milligrams once a day from "
                        + "tomorrow. In two weeks we repeat the kidney blood test. If the potassium is under 5.5, then "
                        + "we go up to 8 milligrams once a day.",
                "[doctor] There's another medicine, empagliflozin, that protects the kidneys. But don't start it until "
                        + "we've seen the blood test and the candesartan has settled.");
        assertThat(note).anyMatch(l -> l.contains("Start candesartan 4 mg daily."))
                .noneMatch(l -> l.contains("candesartan 8 mg") || l.contains("candesartan") && l.contains("later"));
    }

    @Test
    void aStatinTheChartSaysWasStoppedIsAnIntoleranceNotACurrentMedicine() {
        List<String> note = all("[doctor] So today is your thyroid review. How have you been?",
                "[patient] A bit tired, but I walk a lot. Every morning I walk the dog for an hour.",
                "[doctor] And I see simvastatin was stopped before?",
                "[patient] Yes, in 2020. Simvastatin gave me terrible cramps in my legs. But the pravastatin's been "
                        + "fine.",
                "[doctor] So that's an intolerance to simvastatin, and you're fine on pravastatin.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("simvastatin"))
                .anyMatch(l -> l.startsWith("Allergies") && l.contains("simvastatin (intolerance: cramps)"))
                .anyMatch(l -> l.equals("Thyroid review."))
                .noneMatch(l -> l.contains("fatigue") && l.contains("hour")); // the dog walk's hour, not the fatigue's
    }
}
