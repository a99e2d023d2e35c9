package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * What the clinician weighed and set aside is no diagnosis ("X would usually give a murmur, and I don't hear one",
 * "I did think about X but … so that's unlikely"); a test not chosen ("I'd rather do that than a CT") and a drug
 * given only as an example of its class ("something like diazepam") are no orders; a drug "we wouldn't use" is not
 * continued; a chart drug another doctor stopped, or the patient stopped, stays stopped; a drug someone gave is not
 * the one whose side effect follows; "the shower running" is no diarrhoea.
 */
class SetAsideAndOfferedTest {

    private static final String[] CHEST = {
        "[patient] I get a heavy feeling in my chest when I carry the shopping up the hill, and it goes when I stop.",
        "[doctor] Any allergies?",
        "[patient] The X-ray dye. I came out in hives after a scan of my kidneys.",
        "[doctor] Let me listen to your heart. Your heart sounds are normal.",
        "[doctor] Mitral regurgitation, a leaky valve, would usually give a murmur, and I don't hear one. I did think "
                + "about pericarditis but the pain isn't sharp and it doesn't change when you lie down, so I think "
                + "that's unlikely. I think this is most likely stable angina.",
        "[doctor] I'm ordering an exercise stress echo. Because of your dye allergy, I'd rather do that than a CT "
                + "scan of the heart arteries."};

    private static final String[] BACK = {
        "[patient] I hurt my back lifting a crate of apples on Sunday.",
        "[doctor] What medicines do you take?",
        "[patient] Just the lisinopril. I used to have diclofenac for my hip, but I stopped that last year, it upset "
                + "my stomach.",
        "[doctor] I can see the diclofenac's still on your list. Okay.",
        "[patient] Is paracetamol okay with my stomach, after the diclofenac?",
        "[doctor] It is. I think this is a simple back strain.",
        "[doctor] Some people use a muscle relaxant for a few days, something like diazepam. Would you like that?",
        "[patient] I'd rather not, I have to drive for work.",
        "[doctor] That's fine. Take paracetamol, two of the five hundreds up to four times a day."};

    private static final String[] EAR = {
        "[doctor] Any allergies to medicines?",
        "[parent] Cefuroxime. He came out in a rash the time they gave it for his chest.",
        "[doctor] His left eardrum is red and bulging. This is an ear infection.",
        "[doctor] I'll give amoxicillin twice a day for five days. We wouldn't use the cefuroxime because of his "
                + "rash."};

    private static final String[] MEDICINES = {
        "[doctor] I've got amlodipine, atorvastatin and bumetanide on your list.",
        "[daughter] The bumetanide was stopped by the kidney doctor in May. She doesn't take that now.",
        "[patient] and the walk-in gave me codeine last winter but it made me so dizzy I stopped it after a day",
        "[patient] I ran her a bath with the shower running and she calmed down.",
        "[doctor] I think this is a chest infection. I'll give her doxycycline."};

    @Test
    void aValveDisprovedAndAPericarditisSetAsideAreNoDiagnoses() {
        List<String> plan = Visits.lines(Visits.draft(CHEST), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.matches("\\d+\\. (?:Likely )?(?i:mitral regurgitation|pericarditis).*"))
                .anyMatch(l -> l.matches("\\d+\\. .*(?i:angina).*"))
                .anyMatch(l -> l.contains("considered unlikely"));
    }

    @Test
    void aTestNotChosenIsNotOrdered() {
        List<String> plan = Visits.lines(Visits.draft(CHEST), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.matches("(?i).*order.*\\bct\\b.*"))
                .anyMatch(l -> l.matches("(?i).*order.*stress.*"));
    }

    @Test
    void anExampleOfAClassOfferedAndDeclinedIsNoOrder() {
        List<String> lines = Visits.lines(Visits.draft(BACK));
        assertThat(lines).noneMatch(l -> l.matches("(?i).*(?:start|continue) diazepam.*"));
    }

    @Test
    void aChartDrugThePatientStoppedStaysStopped() {
        List<String> lines = Visits.lines(Visits.draft(BACK));
        assertThat(lines).noneMatch(l -> l.startsWith("Current medications:") && l.contains("diclofenac"))
                .anyMatch(l -> l.matches("(?i)(?:stopped diclofenac because of|.*no longer taking diclofenac).*"));
    }

    @Test
    void aDrugWeWouldNotUseIsNotContinued() {
        assertThat(Visits.lines(Visits.draft(EAR), "ASSESSMENT AND PLAN"))
                .noneMatch(l -> l.matches("(?i).*(?:continue|start) cefuroxime.*"))
                .anyMatch(l -> l.matches("(?i).*start amoxicillin.*"));
    }

    @Test
    void aDrugStoppedByAnotherDoctorIsNotCurrent() {
        List<String> lines = Visits.lines(Visits.draft(MEDICINES));
        assertThat(lines).noneMatch(l -> l.startsWith("Current medications:") && l.contains("bumetanide"));
    }

    @Test
    void theSideEffectIsTheDrugThatCausedItNotTheOneGivenBefore() {
        List<String> lines = Visits.lines(Visits.draft(MEDICINES));
        assertThat(lines).anyMatch(l -> l.matches("(?i).*codeine.*dizziness.*"))
                .noneMatch(l -> l.toLowerCase(Locale.ROOT).contains("diarrh"));
    }

    private static final String[] ADDED = {
        "[patient] My neck's been stiff since I slept on it funny on Friday.",
        "[doctor] I think this is a simple neck strain.",
        "[doctor] For the pain, carry on with the paracetamol, but I'd add naproxen on top. Take two hundred and "
                + "fifty milligrams twice a day with food.",
        "[doctor] If the blood test shows your sugar is high, we'd start a tablet called metformin. But we'll wait."};

    @Test
    void aDrugIWouldAddIsOrderedAndOneWeWouldStartIfIsNot() {
        List<String> plan = Visits.lines(Visits.draft(ADDED), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.matches("(?i).*start naproxen 250 mg twice daily.*"))
                .noneMatch(l -> l.matches("(?i).*start metformin.*"));
    }
}
