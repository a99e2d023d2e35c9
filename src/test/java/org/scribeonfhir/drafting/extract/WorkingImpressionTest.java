package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "I'm worried this could be…" followed by what the clinician does about it is the working impression (possible),
 * and where the patient goes from the visit (an ambulance, the emergency department, admission) is a plan line.
 */
class WorkingImpressionTest {

    @Test
    void aWorryActedOnIsAPossibleDiagnosisWithItsTest() {
        var plan = Visits.lines(Visits.draft("[doctor] What can I do for you today?",
                "[patient] I've been really thirsty and tired for about three weeks.",
                "[doctor] I'm worried this could be diabetes, so I'd like to do a blood test today, an HbA1c."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.matches("1\\. Possible .*diabetes.*"))
                .anyMatch(l -> l.contains("hemoglobin A1c"));
    }

    @Test
    void aSuspectedTiaWithAnAmbulanceCalledIsTheAssessmentAndTheDisposition() {
        var plan = Visits.lines(Visits.draft("[doctor] What happened?",
                "[patient] My left arm went numb and my speech was slurred for twenty minutes this morning.",
                "[doctor] Is it still there now?", "[patient] No, it's back to normal.",
                "[doctor] I'm worried you may have had a TIA, a mini-stroke. I'm going to call an ambulance for you now."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).containsExactly("1. Possible transient ischemic attack.", "• Disposition: Ambulance called.");
    }

    @Test
    void worriedThatWhatYouHadCouldBeIsTheImpressionAndAPlanQuestionAboutTheDrugStaysInThePlan() {
        var plan = Visits.lines(Visits.draft("[doctor] What happened?",
                "[patient] My arm went heavy for twenty minutes yesterday.",
                "[doctor] I'm worried that what you had yesterday could be a TIA. I'm going to ring the on-call stroke "
                        + "team. I want you to take some aspirin, three hundred milligrams, today. Do you have any "
                        + "aspirin in the house?", "[patient] Yes.",
                "[doctor] And if your arm goes weak again, call 999 straight away."), "ASSESSMENT AND PLAN");
        assertThat(plan).contains("1. Possible transient ischemic attack.")
                .anyMatch(l -> l.contains("Advised to call 999 immediately if the patient's arm goes weak again."));
    }

    @Test
    void aWorryRightAfterTheExamNamingItsFindingsIsTheAssessmentNotAFinding() {
        var note = Visits.draft("[doctor] Where does it hurt?", "[patient] My tummy, it started in the middle.",
                "[doctor] Let me examine your tummy. He's very tender in the right lower quadrant, with guarding.",
                "[doctor] With the pain moving to the right lower side, not wanting to eat, and how tender he is, I'm "
                        + "worried this could be appendicitis.", "[parent] Oh no.",
                "[doctor] I'd like you to go straight to the ER now.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).contains("1. Possible appendicitis.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).noneMatch(l -> l.contains("worried"));
    }

    @Test
    void aWorryWithoutActionOrUnderAConditionIsNoDiagnosis() {
        assertThat(Visits.read("[doctor] What happened?", "[patient] My calf has been sore.",
                "[doctor] If it gets red and hot, I'd be worried it could be cellulitis, so come back.").problems())
                .isEmpty();
        assertThat(Visits.read("[doctor] What happened?", "[patient] My calf has been sore.",
                "[doctor] I'm not worried this could be a clot. Keep walking.").problems()).isEmpty();
        assertThat(Visits.read("[doctor] What happened?", "[patient] My calf has been sore.",
                "[doctor] I'm a bit worried it could be a clot, but it's probably a strain.",
                "[patient] Okay.", "[doctor] How's your chest otherwise?").problems())
                .noneMatch(p -> p.name().toLowerCase().contains("thrombosis"));
    }

    @Test
    void sentToTheEmergencyDepartmentAndTheOnCallTeamAreDispositions() {
        assertThat(Disposition.of("I'm going to send you straight to A&E now.")).isEqualTo(
                "Sent to the emergency department today.");
        assertThat(Disposition.of("I'll ring the on-call surgical team.")).isEqualTo(
                "Will contact the on-call surgical team.");
        assertThat(Disposition.of("We'll admit you tonight.")).isEqualTo("Admit to hospital.");
        assertThat(Disposition.of("I'm going to ring the on-call stroke team straight after this call and ask them to "
                + "see you in the TIA clinic today.")).isEqualTo("Will contact the on-call stroke team for review in the "
                + "TIA clinic today.");
        assertThat(Disposition.of("If it comes back, call an ambulance.")).isNull();
        assertThat(Visits.lines(Visits.draft("[doctor] What happened?", "[patient] My arm went numb for ten minutes.",
                "[doctor] If the weakness comes back, call an ambulance straight away."), "ASSESSMENT AND PLAN"))
                .noneMatch(l -> l.contains("Disposition"));
    }
}
