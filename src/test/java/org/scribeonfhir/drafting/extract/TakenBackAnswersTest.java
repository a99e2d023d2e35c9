package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/**
 * Answers that change on the way: a yes taken back, a bare yes to a list the clinician has to ask about again, a
 * chart drug said to be stopped (even misheard), an option named but not chosen. The last word is what the note says.
 */
class TakenBackAnswersTest {

    private static Presence presence(VisitModel v, String name) {
        return v.symptoms().stream().filter(s -> s.name().contains(name)).map(Symptom::presence).findFirst()
                .orElse(null);
    }

    @Test
    void aYesTakenBackInTheSameReplyIsANo() {
        assertThat(Negation.answer("Yes... oh, wait, no, sorry, I was squinting because of the sun.")).isEqualTo(
                Negation.Answer.NO);
        assertThat(Negation.answer("oh sorry i thought you said feeling down no none of that"))
                .isEqualTo(Negation.Answer.NO);
        assertThat(Negation.answer("Yeah, actually, I have no appetite at all.")).isEqualTo(Negation.Answer.YES);
        assertThat(Negation.answer("Yes.", "Yes. Well, I mean, it's stiff. Stuck? No, not like that."))
                .isEqualTo(Negation.Answer.NO);
    }

    @Test
    void photophobiaSaidYesThenNoIsDeniedNotReported() {
        VisitModel v = Visits.read("[doctor] What brings you in today?",
                "[patient] A headache since yesterday and my neck is stiff.",
                "[doctor] Does bright light hurt your eyes?",
                "[patient] Yes... oh, wait, no, sorry, I was squinting because the sun's behind you. Light's fine.");
        assertThat(presence(v, "photophobia")).isNotEqualTo(Presence.PRESENT);
    }

    @Test
    void aBareYesToAListIsAnsweredByTheReplyToWhichOfThose() {
        VisitModel v = Visits.read("[doctor] What brings you in?", "[patient] This cough, it's been six weeks.",
                "[doctor] Any phlegm, blood, or are you short of breath?", "[patient] Yes.",
                "[doctor] Which of those, sorry?",
                "[patient] I don't know if you'd call it phlegm. No blood. And my breathing's fine.");
        assertThat(presence(v, "shortness of breath")).isNotEqualTo(Presence.PRESENT);
    }

    private static EncounterContext chartWith(String medication) {
        return new EncounterContext(new PatientFacts("p1", "Ada Example", "1950-01-01", "male", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), List.of(new ChartFact("MedicationRequest/m1", "medication", medication,
                        "1 tablet twice daily", null, null)), List.of(), List.of(), null, null, List.of());
    }

    @Test
    void aMisheardChartDrugThePatientStoppedLeavesTheChartLine() {
        var note = Visits.draft(chartWith("Oxybutynin 5 mg tablet"),
                "[doctor] so what brings you in today",
                "[patient] i'm up four times a night to pee and the stream is weak",
                "[doctor] i see you were given oxy butter nin at urgent care in august are you still taking that",
                "[patient] no i stopped that after a couple weeks it made my mouth dry as a bone");
        assertThat(Visits.lines(note)).noneMatch(l -> l.startsWith("Medications on the chart:"))
                .noneMatch(l -> l.startsWith("Current medications:") && l.toLowerCase().contains("oxybutynin"))
                .anyMatch(l -> l.contains("no longer taking oxybutynin"));
    }

    @Test
    void aMisheardChartDrugIsWrittenAsTheChartSpellsIt() {
        String[] visit = {"[doctor] so what brings you in today",
            "[patient] i'm up four times a night to pee and the stream is weak",
            "[doctor] i see you were given oxy butter nin at urgent care in august are you still taking that",
            "[patient] no i stopped that after a couple weeks it made my mouth dry as a bone",
            "[doctor] okay so i think this is an enlarged prostate",
            "[doctor] and stay off the oxy butter nin in men your age it can cause confusion"};
        EncounterContext chart = chartWith("Oxybutynin 5 mg tablet");
        var note = Visits.draft(chart, visit);
        assertThat(Visits.lines(note)).noneMatch(l -> l.toLowerCase().contains("oxy butter"))
                .anyMatch(l -> l.contains("off the oxybutynin"));
        // the respelled lines cite the chart's medication, so the faithfulness check finds the name they say
        assertThat(Faithfulness.check(note, Visits.dialogue(visit), chart).problems())
                .noneMatch(p -> p.detail().contains("oxybutynin"));
    }

    @Test
    void aChartDrugNotTakenForYearsIsNotListedAsOnTheChart() {
        var note = Visits.draft(chartWith("Naproxen 500 mg tablets"), "[doctor] What brings you in?",
                "[patient] My back, since I lifted a sack at work.",
                "[doctor] And naproxen's on your list from a while back?",
                "[patient] Oh, I haven't taken that in about two years. That was for my knee.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.contains("Naproxen 500 mg"));
    }

    @Test
    void anotherDrugStoppedInTheSameBreathLeavesTheChartDrugTaken() {
        var note = Visits.draft(chartWith("Zopiclone 3.75 mg tablets"), "[doctor] what's brought you in",
                "[patient] i can't sleep and i'm low",
                "[patient] i stopped the nytol after a week but the zoppy clone i still take most nights");
        assertThat(Visits.lines(note)).noneMatch(l -> l.contains("no longer taking zopiclone"));
    }

    @Test
    void aDrugNamedAmongTheOptionsIsNotStartedButTheChosenOneIs() {
        VisitModel v = Visits.read("[doctor] what's brought you in", "[patient] i've been low since i lost my job",
                "[doctor] so what i think is going on is a depressive episode triggered by losing your job",
                "[patient] ok",
                "[doctor] there are a few options we could go back to sertraline at a lower dose or try a different "
                        + "one like citalopram or try mirtazapine which helps with sleep i think mirtazapine fits you "
                        + "best", "[patient] yeah the sleep's the worst bit",
                "[doctor] ok so we'll start mirtazapine fifteen milligrams at night");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("citalopram") && m.ordered())
                .anyMatch(m -> m.drug().equals("mirtazapine") && m.action().equals("start"));
    }

    @Test
    void theDrugTheBugsAreResistantToIsNotStarted() {
        VisitModel v = Visits.read("[doctor] How can I help?", "[patient] It stings when I wee.",
                "[doctor] I think this is most likely a urine infection, cystitis.",
                "[patient] Can I not just have the trimethoprim again? It worked last time.",
                "[doctor] I'd rather use nitrofurantoin. It's the one we use first now, a lot of the bugs are "
                        + "resistant to trimethoprim, and it's fine to take in early pregnancy.",
                "[doctor] So nitrofurantoin, one hundred milligrams twice a day for three days.");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("trimethoprim") && m.ordered())
                .anyMatch(m -> m.drug().equals("nitrofurantoin"));
        // "fine to take in early pregnancy" is why this drug, not a pregnancy
        assertThat(v.problems()).noneMatch(p -> p.name().toLowerCase().contains("pregnancy"));
    }
}
