package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A telephone review of asthma: the checks done together, the readings, and the impression with its reasons. */
class TelephoneAsthmaChecksTest {

    private static final String[] VISIT = {"[doctor] Hello, it's Dr Example returning your call.",
        "[patient] My asthma's been bad for five days, I'm wheezy at night.",
        "[doctor] I can't listen to your chest over the phone, but let's do some checks together. Do you have a peak "
                + "flow meter?",
        "[patient] Somewhere. Hang on. Okay, I've done it three times, the best was four hundred and ten.",
        "[doctor] And what's your best when you're well?", "[patient] My best is usually about five hundred.",
        "[doctor] Have you got anything to measure your oxygen?", "[patient] My dad's got one. It says ninety-six.",
        "[doctor] Ninety-six percent oxygen. Your breathing sounds fine over the phone, and you're talking in full "
                + "sentences.",
        "[doctor] So I think this is your asthma flaring up. There's no temperature, the phlegm is clear, and "
                + "everything points to your airways being irritated.",
        "[doctor] What will help is a short course of steroid tablets, prednisolone.",
        "[doctor] It's forty milligrams, that's eight of the small five-milligram tablets.",
        "[doctor] Once a day with breakfast for five days."};

    @Test
    void readingsGivenOverThePhoneAreTodaysNotThePersonalBest() {
        var measures = Visits.read(VISIT).measurements();
        assertThat(measures).anyMatch(m -> m.name().equals("Peak flow") && m.value().equals("410"))
                .noneMatch(m -> m.name().equals("Peak flow") && m.value().equals("500"))
                .anyMatch(m -> m.name().equals("Oxygen saturation") && m.value().equals("96"));
    }

    @Test
    void checksDoneTogetherAreTheExamAndFindingsGivenAsReasonsStayInThePlan() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).anyMatch(l -> l.contains("full sentences"))
                .noneMatch(l -> l.contains("points to"));
    }

    @Test
    void anAsthmaFlaringUpIsAFlareTreatedWithPrednisolone() {
        var plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.toLowerCase().contains("asthma") && l.contains("flare"))
                .anyMatch(l -> l.contains("prednisolone 40 mg daily") && l.contains("for 5 days"));
    }
}
