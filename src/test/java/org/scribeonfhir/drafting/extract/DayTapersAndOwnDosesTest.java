package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * More defects of the 2.5.76 read (`src/challenge/reads/2.5.76`) still open in 2.5.77, in our own words: a reducing
 * course said day by day, the clinician's answer to a nurse's query about an order, a prescription to use only if
 * something happens, the patient's own dose after a relative's, an allergy's reaction told in reply, a trait "the
 * same" as ever and "back at it".
 */
class DayTapersAndOwnDosesTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aReducingCourseSaidDayByDayIsOneTaper() {
        List<String> note = all("[patient] I want to stop drinking. I get the shakes when I try.",
                "[doctor] Blood pressure 150 over 90, pulse 96. There's a fine tremor in both hands.",
                "[doctor] So here's the plan. You have alcohol dependence and you're suitable for a home detox.",
                "[doctor] The medicine is diazepam, a reducing course over five days. Days one and two: ten "
                        + "milligrams three times a day. Day three: ten twice a day. Day four: five twice a day. Day "
                        + "five: five at night, and then finished.",
                "[wife] Day one and two, ten three times. Day three, five twice.",
                "[doctor] No, day three is ten milligrams twice a day. It's day four that drops to five twice a day.");
        assertThat(note).anyMatch(l -> l.contains("Taper diazepam: 10 mg three times daily on days 1-2, then 10 mg "
                + "twice daily on day 3, then 5 mg twice daily on day 4, then 5 mg")
                && l.endsWith("on day 5, then stop."))
                .noneMatch(l -> l.contains("Start diazepam"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("diazepam"));
    }

    @Test
    void theClinicianAnsweringANursesQueryCorrectsTheOrder() {
        List<String> note = all("[patient] I found a tick on my leg after the hike and now I've got a fever.",
                "[doctor] Your temperature is 38.5 and there's a black scab on your calf. This is tick bite fever.",
                "[doctor] The antibiotic is doxycycline, 100 milligrams, for seven days.",
                "[nurse] Doctor, the script says doxycycline 100 milligrams once daily. Is that right?",
                "[doctor] No, thank you for checking. Twice daily, twelve-hourly.");
        assertThat(note).anyMatch(l -> l.contains("Start doxycycline 100 mg twice daily for 7 days"))
                .noneMatch(l -> l.contains("12 mg"));
    }

    @Test
    void aPrescriptionToUseOnlyIfSomethingHappensIsABackup() {
        List<String> note = all("[patient] I've had burning when I pee since Monday.",
                "[doctor] Your urine dip shows nitrites. This is a bladder infection.",
                "[doctor] I'll start nitrofurantoin 100 milligrams twice a day for five days. Antibiotics sometimes "
                        + "cause thrush, so I'll also give you a script for one fluconazole 150 milligram tablet. Only "
                        + "use it if you get itching or discharge.");
        assertThat(note).anyMatch(l -> l.contains("Back-up prescription, to start only if") && l.contains("itching")
                && l.contains("fluconazole 150 mg"))
                .noneMatch(l -> l.contains("Start fluconazole"));
    }

    @Test
    void thePatientsOwnDoseAfterARelativesIsRead() {
        List<String> note = all("[doctor] What medicines do you take?",
                "[patient] Metformin for my PCOS, 850 twice a day. No, wait, sorry, the 850 is my mom's, she's "
                        + "diabetic. Mine is 500 twice a day.");
        assertThat(note).anyMatch(l -> l.startsWith("Current medications") && l.contains("metformin 500 mg twice "
                + "daily"))
                .noneMatch(l -> l.contains("850"));
    }

    @Test
    void anAllergysReactionToldInReplyToTheClinicianIsItsReaction() {
        List<String> note = all("[patient] The cough's back since I stopped the tablets.",
                "[doctor] If the cough comes back, your GP will need something that isn't amoxicillin, because you're "
                        + "allergic.",
                "[patient] Yeah, hives everywhere and my lips blew up when I was ten.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies:") && l.contains("amoxicillin (lip swelling, hives)"))
                .noneMatch(l -> l.contains("amoxicillin (cough"));
    }

    @Test
    void theSameGrumpySelfAndBackAtItAreNoComplaints() {
        List<String> note = all("[doctor] How's your mood been?",
                "[patient] Same as always. My flatmates would say I'm the same grumpy bugger.",
                "[patient] When I stop drinking I get the shakes that bad I'm back at it by teatime.");
        assertThat(note).noneMatch(l -> l.contains("irritability") || l.contains("back pain"));
    }

    @Test
    void wetDiapersSayNothingOfTheAppetite() {
        List<String> note = all("[mother] She's had a fever since yesterday.",
                "[doctor] How's she drinking, and how many wet diapers?",
                "[mother] Drinking okay, just not eating much. Four wet diapers today.");
        assertThat(note).noneMatch(l -> l.contains("wet decreased appetite"));
    }

    @Test
    void aDrugForAfterTodaysCourseIsNotStartedToday() {
        List<String> note = all("[patient] My stomach has burned for a month.",
                "[doctor] Your tummy is tender in the upper middle, soft, no guarding.",
                "[doctor] Your breath test is positive for H. pylori. This is an H. pylori infection.",
                "[doctor] So here's the plan. We use four medicines for fourteen days: pantoprazole 40 milligrams twice a day, bismuth "
                        + "two tablets four times a day, tetracycline 500 milligrams four times a day, and "
                        + "metronidazole 500 milligrams four times a day.",
                "[doctor] For these two weeks, stop the Tums, because calcium stops the tetracycline working. After "
                        + "the fourteen days, bring the pantoprazole down to 40 milligrams once a day for four more "
                        + "weeks. At that point, start iron, ferrous fumarate 300 milligrams every other day.");
        assertThat(note).anyMatch(l -> l.contains("Start pantoprazole 40 mg twice daily"))
                .anyMatch(l -> l.contains("Hold Tums"))
                .noneMatch(l -> l.contains("Start ferrous") || l.contains("pantoprazole 40 mg daily"));
    }

    @Test
    void stonesAndPoundsAreOneWeight() {
        List<String> note = all("[patient] I've been off my food for a month.",
                "[doctor] Have you lost weight?",
                "[patient] I weighed myself Saturday and I was nine stone four.");
        assertThat(note).anyMatch(l -> l.contains("130 lb")).noneMatch(l -> l.contains("9 stone."));
    }

    @Test
    void aCorrectionOfTheDoseJustSaidIsNoAdvice() {
        List<String> note = all("[patient] My shoulders and hips have been stiff every morning for three weeks.",
                "[doctor] Your ESR is 48. I think this is polymyalgia rheumatica.",
                "[doctor] So the treatment is prednisolone. I'm going to start you on twenty milligrams a day. "
                        + "Actually, no, let me correct that: for PMR the starting dose is fifteen. So fifteen "
                        + "milligrams, once a day, in the morning with breakfast.");
        assertThat(note).anyMatch(l -> l.contains("Start prednisolone 15 mg"))
                .noneMatch(l -> l.contains("correct that"));
    }

    @Test
    void bothShouldersAndHipsAreTheComplaint() {
        List<String> note = all("[doctor] So, what's been happening?",
                "[patient] It's my shoulders and my hips, doctor. Three weeks now. I feel like I've been set in "
                        + "concrete.",
                "[doctor] Any other health problems?",
                "[patient] They said my bones were thinning. Osteopenia.");
        assertThat(note).contains("Bilateral shoulder and hip pain.").noneMatch(l -> l.contains("osteoporosis"));
    }

    @Test
    void aRelieverToUseOnlyWhenNeededIsNoBackup() {
        List<String> note = all("[patient] I've been wheezy since the cold started.",
                "[doctor] Your chest has a few wheezes. This is a viral wheeze.",
                "[doctor] So here's the plan. I'll give you a salbutamol inhaler, two puffs. Only use it if you're "
                        + "wheezy.");
        assertThat(note).noneMatch(l -> l.contains("Back-up prescription"));
    }
}
