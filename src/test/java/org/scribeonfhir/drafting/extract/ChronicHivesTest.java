package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Hives: the wheals are the skin's whatever part they are on, and "one a day" is how often, not a vitamin. */
class ChronicHivesTest {

    private static final String[] VISIT = {"[patient] I've had hives nearly every day for eight weeks.",
        "[doctor] Let me take a look. Raised red wheals on the abdomen and both forearms, some with pale centers. "
                + "Lungs are clear.",
        "[doctor] So this is chronic hives. I'll give you something like fexofenadine, one a day. It's non-drowsy."};

    @Test
    void whealsOnTheAbdomenAreASkinFinding() {
        assertThat(Visits.lines(Visits.draft(VISIT))).anyMatch(l -> l.startsWith("• Integumentary: Raised red wheals"));
    }

    @Test
    void oneADayAfterADrugIsItsFrequencyNotAMultivitamin() {
        assertThat(Visits.read(VISIT).medications()).noneMatch(m -> m.drug().equals("multivitamin"))
                .anyMatch(m -> m.drug().equals("fexofenadine") && "daily".equals(m.frequency()));
    }
}
