package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * More defects of the 2.5.68 read, in our own words: a "no" followed by "just sweaty from the heat" written as the
 * symptom, "ever had it like this before?" "never" written as a denial of the complaint, the booked reason read out
 * by the clinician lost, a video exam not opened, "what you've got is…" not read as the assessment, and "nobody
 * with Parkinson's" written as a relative's Parkinson's.
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
}
