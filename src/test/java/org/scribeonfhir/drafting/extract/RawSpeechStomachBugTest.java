package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Raw speech recognition of a stomach bug: a drug given now and sent home, its dose and sig over three turns. */
class RawSpeechStomachBugTest {

    private static final String[] VISIT = {"[patient] ive been throwing up since saturday and i have diarrhea",
        "[doctor] so at first when you said belly pain i wondered about your appendix but your belly is soft so i think "
                + "youve probably just picked up a bit of a viral thing a stomach bug viral gastroenteritis",
        "[doctor] im gonna give you a dose of ondansetron here now for the nausea",
        "[nurse] okay doc he got the ondansetron twenty minutes ago and hes drunk the whole cup",
        "[doctor] great so for home im sending ondansetron to the pharmacy",
        "[patient] is that the one that melts on your tongue",
        "[doctor] yeah the dissolving tablet its eight sorry four milligrams",
        "[doctor] let it melt on your tongue every eight hours as needed for nausea for two days",
        "[doctor] id avoid imodium while you have a fever"};

    @Test
    void aDrugSentHomeTakesTheCorrectedDoseAndTheSigSaidNext() {
        assertThat(Visits.read(VISIT).medications()).anyMatch(m -> m.drug().equals("ondansetron")
                && "4 mg".equals(m.dose()) && "every 8 hours as needed".equals(m.frequency())
                && "2 days".equals(m.duration()));
    }

    @Test
    void theVirusNamedThenWhichOneIsOneProblemAndAFeverInAWhileClauseNone() {
        assertThat(Visits.read(VISIT).problems()).extracting(p -> p.name()).containsExactly("Gastroenteritis");
    }

    @Test
    void aThoughtSetAsideAtFirstIsNoLineOfThePlan() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN")).noneMatch(l -> l.contains("appendix"));
    }
}
