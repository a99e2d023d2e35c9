package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A mother telling a four-year-old's constipation in her own words. */
class ParentToldConstipationTest {

    private static final String[] VISIT = {"[doctor] Hi Mom. So, tummy aches and trouble pooping. Tell me what's going on.",
        "[parent] For about three weeks now she's only going every few days, and when she goes it's hard, like little "
                + "pebbles.",
        "[doctor] Does she complain of tummy pain?",
        "[parent] Yes, most afternoons she says her tummy hurts, and then it passes. It doesn't wake her at night."};

    @Test
    void stoolsLikeLittlePebblesAreConstipation() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("constipation") && s.present());
    }

    @Test
    void whatDoesNotWakeHerAtNightIsNoNightTiming() {
        assertThat(Visits.read(VISIT).symptoms()).noneMatch(s -> "at night".equals(s.timing()));
    }
}
