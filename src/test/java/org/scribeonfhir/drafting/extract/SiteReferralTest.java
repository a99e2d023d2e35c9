package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A referral "about your right shoulder": the complaint is the shoulder's pain, the patient named in full. */
class SiteReferralTest {

    private static final String[] VISIT = {
        "[doctor] Ms. Oyelowo-Stenhouse? I'm Dr. Example. Your family doctor sent you about your right shoulder.",
        "[patient] That's me. Sorry, I just paid forty-five dollars to park.", "[doctor] Tell me about the shoulder.",
        "[patient] In March I was moving a heavy box at the salon, and I felt something pull at the top of my arm. "
                + "Today it's about a four out of ten, it's never gone away.",
        "[doctor] What makes it worse?", "[patient] Reaching up, and lying on it at night."};

    @Test
    void aSiteAloneWithAPainfulStoryIsThatSitesPain() {
        assertThat(Visits.read(VISIT).reason().phrase()).isEqualTo("Right shoulder pain");
    }

    @Test
    void aHyphenatedFamilyNameIsKeptWhole() {
        assertThat(Visits.lines(Visits.draft(VISIT))).anyMatch(l -> l.startsWith("Ms. Oyelowo-Stenhouse "));
    }
}
