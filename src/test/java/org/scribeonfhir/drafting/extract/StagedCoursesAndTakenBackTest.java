package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects still open from the 2.5.64 read (`src/challenge/reads/2.5.64`) and their kin, written again in our own
 * words: a first day's dose written as the daily one, a dose or a day taken back and kept, emergency numbers said
 * with hyphens, counts of several days cut to the first, a suture size corrected, a drug held off listed as taken.
 */
class StagedCoursesAndTakenBackTest {

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    private static List<String> hpi(String... lines) {
        return Visits.lines(Visits.draft(lines), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void twoTabletsTodayThenOneDailyKeepsEachStage() {
        assertThat(plan("[patient] I've been coughing up green phlegm for a week.",
                "[doctor] So I think this is a chest infection. I'll prescribe azithromycin, two tablets today, "
                        + "that's five hundred milligrams, then one tablet, two hundred and fifty milligrams, once a "
                        + "day for four more days."))
                .anyMatch(l -> l.contains("azithromycin 500 mg (2 tablets) today, then 250 mg (1 tablet) daily "
                        + "for 4 days"))
                .noneMatch(l -> l.contains("2 tablets daily"));
    }

    @Test
    void aLoadingDoseIsNeverWrittenAsTheTwiceDailyDose() {
        assertThat(plan("[patient] My ankle swelled up overnight and it's hot.",
                "[doctor] So I think this is a gout flare. I'm going to start colchicine, one point two milligrams "
                        + "straight away, then zero point six milligrams an hour later, then zero point six "
                        + "milligrams twice a day until the swelling has settled."))
                .anyMatch(l -> l.contains("colchicine 1.2 mg straight away, then 0.6 mg 1 hour later, then 0.6 mg "
                        + "twice daily until the swelling has settled"))
                .noneMatch(l -> l.contains("1.2 mg twice daily"));
    }

    @Test
    void aTitrationKeepsEachStepsOwnSig() {
        assertThat(plan("[patient] I've felt flat for months.", "[doctor] So I think this is depression.",
                "[doctor] Here's the plan. Let's start sertraline twenty-five milligrams once a day for one week, "
                        + "then go up to fifty milligrams once a day."))
                .anyMatch(l -> l.contains("sertraline 25 mg daily for 1 week, then 50 mg daily"));
    }

    @Test
    void aDoseTakenBackBeforeTheDrugStillOrdersTheDrug() {
        assertThat(plan("[patient] My heart pounds all day.", "[doctor] So I think this is an overactive thyroid.",
                "[doctor] I'll start you on sixty milligrams, no, sorry, twenty milligrams of propranolol, three "
                        + "times a day."))
                .anyMatch(l -> l.contains("Start propranolol 20 mg three times daily"))
                .noneMatch(l -> l.contains("60 mg"));
    }

    @Test
    void emergencyAndCrisisNumbersSaidWithHyphensAreDigits() {
        List<String> lines = plan("[patient] I get this tight chest.", "[doctor] So I think this is angina.",
                "[doctor] If the pain lasts more than ten minutes, call nine-one-one.",
                "[doctor] And if you ever have thoughts of harming yourself, call or text nine-eight-eight.");
        assertThat(lines).anyMatch(l -> l.contains("call 911")).anyMatch(l -> l.contains("988"))
                .noneMatch(l -> l.contains("nine-"));
    }

    @Test
    void aSafetyNetSaidAsYouCallKeepsWhereToTurn() {
        assertThat(plan("[patient] He wheezes every night.", "[doctor] So I think his asthma is not well controlled.",
                "[doctor] If he can't finish a sentence, or his lips go blue, which is very serious, you call "
                        + "nine-nine-nine or go straight to A and E."))
                .anyMatch(l -> l.startsWith("• Patient Education and Counseling: Advised to call 999 or go straight "
                        + "to A&E if he can't finish a sentence"));
    }

    @Test
    void aDayTakenBackKeepsTheCorrectedOnset() {
        assertThat(hpi("[doctor] What's brought you in?",
                "[patient] The diarrhea started Thursday, no, sorry, Wednesday morning."))
                .anyMatch(l -> l.contains("diarrhea that started on Wednesday morning"))
                .noneMatch(l -> l.contains("Thursday"));
    }

    @Test
    void countsOverSeveralDaysAreKeptWholeAndBeingSickIsVomiting() {
        List<String> lines = hpi("[doctor] What's the problem?", "[patient] I've got this stomach bug.",
                "[doctor] How many times have you been sick?",
                "[patient] Four times that first night, three times yesterday, and once this morning.");
        assertThat(lines).anyMatch(l -> l.contains("vomiting") && l.contains("4 times the first night, 3 times "
                + "yesterday and once this morning")).noneMatch(l -> l.contains("malaise"))
                .noneMatch(l -> l.startsWith("Past medical history"));
    }

    @Test
    void aCorrectedSutureSizeKeepsOnlyTheLast() {
        assertThat(plan("[patient] I sliced my finger on a knife an hour ago.",
                "[doctor] So I think this is a simple laceration. I'll numb it and close it. I'll use six-oh, "
                        + "actually, five-oh nylon, three stitches."))
                .anyMatch(l -> l.contains("closed with 3 5-0 nylon sutures")).noneMatch(l -> l.contains("6-0"));
    }

    @Test
    void aDrugToHoldOffIsListedOnHold() {
        var note = Visits.draft("[doctor] What have you taken for it?",
                "[patient] Ibuprofen, two tablets on Friday and two on Saturday.",
                "[doctor] So I think this is a gout flare.",
                "[doctor] I'd hold off on the ibuprofen for now, I want to check your kidneys first.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.startsWith("Current medications: ibuprofen") && l.endsWith("(on hold)."));
    }

    @Test
    void aDrugAvoidedWithAnotherHoldsOnlyTheFirst() {
        var note = Visits.draft("[doctor] Any regular medicines?", "[patient] Lisinopril ten milligrams a day.",
                "[doctor] So I think this is a back strain.",
                "[doctor] Don't take ibuprofen with your lisinopril.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.startsWith("Current medications: lisinopril 10 mg"))
                .noneMatch(l -> l.contains("hold"));
    }

    @Test
    void aDrugAskedAboutWithoutAQuestionMarkIsNotTaken() {
        assertThat(hpi("[patient] I've had diarrhea since yesterday.", "[patient] can i take loperamide",
                "[doctor] I'd rather you didn't while you have a temperature."))
                .noneMatch(l -> l.startsWith("Current medications"));
    }

    @Test
    void aSingleDoseNotTakenSinceIsNotCurrent() {
        assertThat(hpi("[doctor] Have you taken anything?",
                "[patient] Paracetamol, two tablets three times a day. I had one naproxen on Sunday but I've not "
                        + "had any since."))
                .anyMatch(l -> l.startsWith("Current medications") && !l.contains("naproxen"));
    }

    @Test
    void theDominantHandIsNoSideAndTheLastTetanusShotNoOnset() {
        List<String> lines = hpi("[doctor] What happened?", "[patient] I caught my hand on a saw blade.",
                "[doctor] Which hand?", "[patient] Left. I'm right-handed, luckily.",
                "[doctor] Does it hurt?", "[patient] Yes, it hurts when I grip.",
                "[doctor] When was your last tetanus shot?", "[patient] Maybe eight years ago.");
        assertThat(lines).noneMatch(l -> l.contains("right hand") || l.contains("8 years ago"));
    }

    @Test
    void aFirstDayToldApartIsOneCourseWithTheDaysAfter() {
        var note = Visits.draft("[patient] My right knee blew up overnight, it's red and hot.",
                "[doctor] So I think this is a gout flare. I'm sending in colchicine. Today, take two tablets, "
                        + "that's one point two milligrams, and then one more tablet, zero point six milligrams, an "
                        + "hour later.",
                "[patient] Okay.",
                "[doctor] Then starting tomorrow, colchicine zero point six milligrams, one tablet once a day, until "
                        + "the swelling has gone.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("Start colchicine 1.2 mg "
                + "(2 tablets) today, then 0.6 mg 1 hour later, then from tomorrow 0.6 mg"))
                .noneMatch(l -> l.contains("Change colchicine"));
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("colchicine"));
    }

    @Test
    void aDurationTakenBackKeepsTheLastLetMeLookOpensTheExamAndSeveralTimesADayIsKept() {
        var note = Visits.draft("[doctor] What can I do for you?",
                "[patient] This rash on my feet. It's been there two, no, more like three months now.",
                "[doctor] Let me look.", "[doctor] There's scaly, red skin between the toes on both feet.",
                "[doctor] So I think this is athlete's foot. I'll prescribe clotrimazole cream, several times a day.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.contains("3 months"))
                .noneMatch(l -> l.contains("2 months"));
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).anyMatch(l -> l.contains("Scaly, red skin between the toes"));
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("clotrimazole")
                && l.contains("several times a day"));
    }

    @Test
    void aFormerSmokerAskedAsASmokerIsWrittenSo() {
        assertThat(hpi("[patient] I've had a cough for a week.", "[doctor] Are you a smoker?",
                "[patient] I quit about two years ago."))
                .anyMatch(l -> l.equals("Social history: former smoker, quit about 2 years ago."));
    }

    @Test
    void aSutureSizeCorrectedBeforeTheStitchesAreCountedIsTheRepairs() {
        List<String> lines = plan("[patient] I cut my forearm on some glass half an hour ago.",
                "[doctor] So I think this is a simple laceration of the forearm. It needs stitches. I'll use three-oh, "
                        + "actually, four-oh nylon, since it's on the forearm.",
                "[patient] Okay.", "[doctor] All done, that's six stitches.");
        assertThat(lines).anyMatch(l -> l.contains("closed with 6 4-0 nylon sutures"))
                .noneMatch(l -> l.contains("3-oh") || l.contains("3-0"));
    }
}
