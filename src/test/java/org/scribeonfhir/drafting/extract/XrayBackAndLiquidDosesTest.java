package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects still open from the physician's read of 2.5.60's drafts (`src/challenge/reads/2.5.60`), each written
 * again in our own words: X-rays read back during the visit, a repeat X-ray planned, a children's liquid whose
 * strength is no dose, a drug given once at home then prescribed, a drug had as a baby.
 */
class XrayBackAndLiquidDosesTest {

    private static final String[] WRIST = {"[patient] I landed on my left hand at football yesterday.",
        "[doctor] Let me examine you. Tender in the snuffbox. I'd like an X-ray of your wrist.",
        "[doctor] Right, Priya, the X-rays are back. I've had a look and the radiologist agrees — no fracture seen.",
        "[doctor] So I'm treating this as a suspected scaphoid fracture until we know for sure.",
        "[doctor] The fracture clinic will repeat the X-rays in ten days, or they'll get an MRI, which can show the "
                + "fracture straight away.",
        "[doctor] For pain: naproxen five hundred — sorry, two hundred and fifty milligrams, by mouth twice a day "
                + "with food, for five days."};

    @Test
    void xraysReadBackAreTheResult() {
        var note = Visits.draft(WRIST);
        assertThat(Visits.lines(note, "RESULTS")).containsExactly("X-ray: no fracture seen (radiologist agrees).");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).noneMatch(l -> l.contains("X-rays are back"));
    }

    @Test
    void aRepeatXrayAndThePainReliefAfterItAreThePlan() {
        List<String> plan = Visits.lines(Visits.draft(WRIST), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("naproxen 250 mg by mouth twice daily"))
                .noneMatch(l -> l.contains("500 mg")).anyMatch(l -> l.contains("until confirmed"));
    }

    @Test
    void aSuspectedFractureAfterTalkOfMissedFracturesStaysLikely() {
        List<String> plan = Visits.lines(Visits.draft("[patient] I landed on my hand at netball.",
                "[doctor] The X-rays are back and I can't see a fracture. The bones line up well.",
                "[doctor] The blood supply to that bone is poor, and a missed fracture can fail to heal.",
                "[doctor] So today's diagnosis is a left wrist injury with a suspected scaphoid fracture."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.matches("1\\. Likely scaphoid fracture.*"))
                .noneMatch(l -> l.matches("1\\. (?:Scaphoid f|F)racture.*"));
    }

    @Test
    void aLiquidsStrengthIsNoDose() {
        List<String> plan = Visits.lines(Visits.draft("[parent] She's had a fever and pulls at her ear.",
                "[doctor] This is an ear infection.",
                "[doctor] You can also use ibuprofen, the children's one hundred milligrams in five mls, seven and a "
                        + "half mls up to three times a day with food."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("ibuprofen 150 mg (7.5 mL of 100 mg/5 mL)"))
                .noneMatch(l -> l.contains("ibuprofen 100 mg"));
    }

    @Test
    void aDrugGivenOnceAtHomeThenPrescribedIsStartedWithoutTheNewSigInTheHistory() {
        var note = Visits.draft("[parent] He's had a cough and a fever since Monday.",
                "[doctor] What have you given him?",
                "[parent] One dose of Calpol at two this morning.",
                "[doctor] This is a chest infection.",
                "[doctor] Calpol, ten mls every four to six hours as needed.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("Start Calpol"));
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.startsWith("Current medications"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("10 mL"));
    }

    @Test
    void aDrugHadAsABabyIsNoCurrentMedication() {
        var note = Visits.draft("[parent] She's had ear pain for two days.",
                "[doctor] Has she had any antibiotics before?",
                "[parent] Just once, when she was a baby. She had amoxicillin and it was fine.",
                "[doctor] This is an ear infection.",
                "[doctor] Amoxicillin, 5 mls twice a day for seven days.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("Start amoxicillin"));
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("amoxicillin"));
    }

    @Test
    void aPlanSentenceWaitingForResultsIsKept() {
        List<String> plan = Visits.lines(Visits.draft("[patient] I've been very thirsty.",
                "[doctor] I think this is likely type 2 diabetes. I'd like bloods today.",
                "[doctor] Don't restart the simvastatin, we'll talk about a different cholesterol tablet when the "
                        + "results are back."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("simvastatin"));
    }
}
