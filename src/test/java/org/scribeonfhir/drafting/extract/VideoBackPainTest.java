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
}
