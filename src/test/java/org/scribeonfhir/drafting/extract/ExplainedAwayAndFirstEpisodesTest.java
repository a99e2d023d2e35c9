package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * More defects of the 2.5.68 read, in our own words: a "no" followed by "just sweaty from the heat" written as the
 * symptom, "ever had it like this before?" "never" written as a denial of the complaint, the booked reason read out
 * by the clinician lost, a video exam not opened, "what you've got is…" not read as the assessment, "nobody with
 * Parkinson's" written as a relative's Parkinson's, the urine's white cells as a blood count, a blackout the daughter
 * is unsure of written as denied, the daughter written as the patient's parent, a windshield scraped as an
 * abrasion, and "one two weeks ago, and one last Thursday" (the later episodes) as when the headaches began.
 */
class ExplainedAwayAndFirstEpisodesTest {

    private static final String[] BACK = {"[doctor] Hello, can you hear me okay on the video?",
        "[patient] Yeah, sorry, it's thirty-four degrees here.", "[doctor] So the booking says back pain.",
        "[patient] Yeah. Lower back. It started Friday night carrying a wardrobe up the stairs.",
        "[doctor] Ever had back pain like this before?", "[patient] Never.",
        "[doctor] Any fevers, sweats at night, losing weight without trying?",
        "[patient] No. Just sweaty from the heat.",
        "[doctor] Okay. Let me do what exam I can over video. Now walk on your heels. And on your toes.",
        "[patient] Ow. But I can do it.",
        "[doctor] You're walking normally, and heel walking and toe walking are fine. What you've got is acute low "
                + "back pain, what we call non-specific low back pain.",
        "[doctor] Ibuprofen four hundred milligrams three times a day with food for five days."};

    private static List<String> lines(String header) {
        return Visits.lines(Visits.draft(BACK), header);
    }

    @Test
    void aNoThenJustSweatyFromTheHeatKeepsTheDenial() {
        assertThat(lines("HISTORY OF PRESENT ILLNESS")).noneMatch(l -> l.contains("reports") && l.contains("sweats"))
                .anyMatch(l -> l.contains("denies") && l.contains("night sweats"));
    }

    @Test
    void neverHadItLikeThisBeforeDeniesNoComplaint() {
        assertThat(lines("HISTORY OF PRESENT ILLNESS")).noneMatch(l -> l.contains("denies") && l.contains("back pain"));
    }

    @Test
    void theBookedReasonReadOutIsTheComplaint() {
        assertThat(lines("CHIEF COMPLAINT")).anyMatch(l -> l.toLowerCase().contains("back pain"));
    }

    @Test
    void whatYouveGotIsTheAssessmentAndTheVideoExamIsTheExam() {
        assertThat(lines("ASSESSMENT AND PLAN")).anyMatch(l -> l.matches("1\\. .*[Ll]ow back pain\\."));
        assertThat(lines("PHYSICAL EXAM")).anyMatch(l -> l.contains("heel walking"));
        assertThat(lines("HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("toe walking") || l.contains("toe pain"));
    }

    @Test
    void windedOnTheStairsExplainedAwayAfterANoIsNoDyspnea() {
        assertThat(Visits.lines(Visits.draft("[doctor] What brings you in?", "[patient] I've been really thirsty.",
                "[doctor] Any chest pain, shortness of breath when you're walking?",
                "[patient] No. I get winded on the stairs at work but that's just me being out of shape."),
                "REVIEW OF SYSTEMS")).noneMatch(l -> l.contains("Endorses shortness of breath"));
    }

    @Test
    void nobodyWithTheConditionIsNoFamilyHistoryOfIt() {
        assertThat(Visits.lines(Visits.draft("[patient] I keep falling when I get up at night.",
                "[doctor] Any family history of Parkinson's, or strokes?",
                "[patient] My brother had a stroke at seventy-nine. Nobody with Parkinson's."),
                "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.startsWith("Family history") && l.contains("stroke"))
                .noneMatch(l -> l.toLowerCase().contains("parkinson") && !l.contains("No "));
    }

    @Test
    void whiteCellsReadWithTheUrineAreNoBloodCount() {
        var note = Visits.draft("[patient] The pain in my right side comes in waves.",
                "[doctor] So here are your results. Your urinalysis shows large blood. No nitrites, leukocyte esterase "
                        + "is negative, white cells zero to two.",
                "[doctor] So I think this is a kidney stone.");
        assertThat(Visits.lines(note, "RESULTS")).noneMatch(l -> l.startsWith("White blood cell count"))
                .anyMatch(l -> l.startsWith("Urinalysis") && l.contains("white cells 0 to 2"));
    }

    @Test
    void aDaughterUnsureOfABlackoutLeavesItUndeniedAndIsNamedAsDaughter() {
        var note = Visits.draft("[patient] I keep falling when I stand up.", "[daughter] Mom, it's four falls now.",
                "[doctor] Do you lose consciousness, black out?", "[patient] I don't think so.",
                "[daughter] I found her on the floor in the morning and she didn't remember how she got there. So I "
                        + "don't know.",
                "[daughter] She's been more dizzy since the new tablet.", "[daughter] And she stopped the sherry.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("denies") && l.contains("syncope"))
                .anyMatch(l -> l.contains("provided by the patient's daughter"));
    }

    @Test
    void scrapingTheWindshieldIsNoAbrasion() {
        assertThat(Visits.lines(Visits.draft("[doctor] Cold enough for you this morning?",
                "[patient] I had to scrape the windshield with my library card.", "[doctor] So what brings you in?",
                "[patient] I'm thirsty all the time and up at night to pee."), "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("abrasion"));
    }

    @Test
    void theEpisodeCountedBeforeItsSpanIsNoPartOfTheOnset() {
        assertThat(Visits.lines(Visits.draft("[doctor] How's the anxiety?", "[patient] Up and down.",
                "[doctor] Any panic attacks?",
                "[patient] One two weeks ago at the grocery store, my heart was racing."),
                "HISTORY OF PRESENT ILLNESS")).noneMatch(l -> l.contains("one two weeks"))
                .anyMatch(l -> l.contains("panic") && l.matches(".*\\b(?:2|two) weeks ago.*"));
    }

    @Test
    void theLaterEpisodesListedAreNotWhenItBegan() {
        assertThat(Visits.lines(Visits.draft("[doctor] Tell me about the headaches.",
                "[patient] The first one was about five weeks ago. I got zigzag lights, then a throbbing headache.",
                "[doctor] Any more since?", "[patient] Two more. One two weeks ago, and one last Thursday. Same thing, "
                        + "the zigzags first, then the headache."), "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("started last Thursday") || l.contains("started one two weeks"));
    }
}
