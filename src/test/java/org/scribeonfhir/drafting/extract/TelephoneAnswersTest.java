package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * Answers as patients give them on the phone: a yes that confirms an absence, a relative named before "she",
 * a family question asked in other words, a drug said in its British spelling, "a hundred percent sure", a flare-up
 * the clinician wonders about.
 */
class TelephoneAnswersTest {

    private static final String OPEN = "[doctor] What's brought you in today?";

    @Test
    void aYesToThereWasNoBloodIsThatRightDeniesTheBlood() {
        VisitModel v = Visits.read(OPEN, "[patient] I've been vomiting since yesterday.",
                "[doctor] And there was no blood in your vomit, is that right?",
                "[patient] Yeah, yeah, just normal vomit, yeah. No no <UNSURE>blood</UNSURE>, no. Yeah.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("hematemesis"))
                .singleElement().extracting(s -> s.presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void theRelativeNamedBeforeSheOwnsTheCondition() {
        VisitModel v = Visits.read(OPEN, "[patient] It burns when I pee, since Tuesday.",
                "[patient] Oh and my mum said I should ask because she's got diabetes.");
        assertThat(v.history()).anyMatch(h -> h.kind().equals("family") && "mother".equals(h.relative()))
                .noneMatch(h -> h.kind().equals("medical"));
    }

    @Test
    void illnessesInYourFamilyIsAFamilyQuestion() {
        List<String> hpi = Visits.lines(Visits.draft(OPEN, "[patient] I feel feverish and achy.",
                "[doctor] Alright um, are there any illnesses in your family at all?",
                "[patient] Hmm, the main one would be, um, heart attack. My, my father passed away of that."),
                NoteHeaders.HPI);
        assertThat(hpi).anyMatch(l -> l.startsWith("Family history:") && l.contains("myocardial infarction"))
                .noneMatch(l -> l.startsWith("Past medical history:"));
    }

    @Test
    void anAllergySaidInItsBritishSpellingIsAnAllergyNotAMedication() {
        List<String> hpi = Visits.lines(Visits.draft(OPEN, "[patient] I've had a sore throat for three days.",
                "[doctor] Any allergies to medications?", "[patient] Uh, yes, amoxycillin."), NoteHeaders.HPI);
        assertThat(hpi).contains("Allergies: amoxicillin.").noneMatch(l -> l.startsWith("Current medications"));
    }

    @Test
    void aFlareUpOfTheirHeartFailureIsTheProblemAndTheHeartFailureSaidAgainIsTheSameOne() {
        List<String> plan = Visits.lines(Visits.draft(OPEN,
                "[patient] I've been more breathless and my ankles are swollen.",
                "[doctor] Let me have a look. Your ankles are swollen both sides.",
                "[doctor] So based on your history, I wonder whether you've had a flare-up of your heart failure.",
                "[doctor] I'll increase your furosemide to 40 mg twice a day.",
                "[doctor] And for the heart failure, I'd like an echocardiogram."), NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).filteredOn(l -> l.matches("\\d+\\. .*"))
                .containsExactly("1. Likely heart failure exacerbation.");
    }

    @Test
    void aHundredPercentSureIsNoTemperature() {
        List<String> lines = Visits.lines(Visits.draft(OPEN, "[patient] I've felt shivery and achy since yesterday.",
                "[patient] But I haven't taken my temperature, so I'm not a hundred percent sure if I had a fever."));
        assertThat(lines).noneMatch(l -> l.contains("Temperature 100"));
    }
}
