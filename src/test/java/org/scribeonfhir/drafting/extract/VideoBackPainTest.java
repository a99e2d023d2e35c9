package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** A video visit for back pain: the complaint named by its place, red flags asked in lay words. */
class VideoBackPainTest {

    private static final String[] VISIT = {"[doctor] Hello, can you hear me okay? How can I help?",
        "[patient] It's my back.", "[doctor] Tell me what happened.",
        "[patient] I twisted lifting a box nine days ago and felt it go, low down on the right.",
        "[doctor] Any numbness around your bottom or between your legs, like when you sit on the toilet seat?",
        "[patient] No.", "[doctor] Any trouble passing water?", "[patient] No, all normal down there."};

    @Test
    void aComplaintNamedByItsPlaceAloneIsThatPlacesPain() {
        var visit = Visits.read(VISIT);
        assertThat(visit.reason().phrase()).containsIgnoringCase("back pain");
        assertThat(visit.symptoms()).anyMatch(s -> s.name().contains("back pain") && s.presence() == Presence.PRESENT);
    }

    @Test
    void numbnessBetweenTheLegsAskedInLayWordsIsSaddleAnaesthesiaDenied() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("saddle anesthesia")
                && s.presence() == Presence.DENIED).noneMatch(s -> "vagina".equals(s.site()));
    }

    @Test
    void yearsInAJobAreTheOccupationNotAStoryLine() {
        var lines = Visits.lines(Visits.draft("[patient] My knee hurts.", "[doctor] Do you walk much?",
                "[patient] Thirty-five years as a postman, twelve miles a day, my legs are used to it."));
        assertThat(lines).contains("Occupation: a postman.").noneMatch(l -> l.contains("12 miles"));
    }

    @Test
    void theSigSaidInTheSentenceAfterANamedDoseCompletesTheOrder() {
        var visit = Visits.read("[patient] My back hurts.", "[doctor] I think this is a muscular back strain.",
                "[doctor] For the pain, I'll prescribe ibuprofen.",
                "[doctor] The ibuprofen dose is two hundred, sorry, four hundred milligrams.",
                "[doctor] Three times a day after food for a week.");
        assertThat(visit.medications()).anyMatch(m -> m.drug().equals("ibuprofen") && "400 mg".equals(m.dose())
                && m.frequency() != null && m.frequency().startsWith("three times daily")
                && "1 week".equals(m.duration()));
    }

    @Test
    void aDrugNamedBesideTheOrderDoesNotTakeTheOrdersDose() {
        var visit = Visits.read("[patient] My big toe is red and swollen.", "[doctor] Any regular medicines?",
                "[patient] Amlodipine ten milligrams once a day.", "[doctor] I think this is gout.",
                "[doctor] I'm going to give you colchicine.", "[patient] Is that safe with my blood pressure tablets?",
                "[doctor] Yes, it's fine with amlodipine. It's five hundred micrograms.",
                "[doctor] Twice a day, for up to six days.");
        assertThat(visit.medications()).anyMatch(m -> m.drug().equals("colchicine") && "500 mcg".equals(m.dose())
                && "up to 6 days".equals(m.duration()))
                .noneMatch(m -> m.drug().equals("amlodipine") && !"10 mg".equals(m.dose()));
    }
}
