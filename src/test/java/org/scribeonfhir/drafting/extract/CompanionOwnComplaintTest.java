package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A wife in the room with her own complaint: the patient's story is told, hers is not his. */
class CompanionOwnComplaintTest {

    private static final String[] VISIT = {"[doctor] Mr Example, come in. And you've brought company.",
        "[spouse] His wife. He won't tell you half of it otherwise.", "[doctor] So what can I do for you today?",
        "[patient] It's the weeing. I'm up three, four times a night, and in the day I'm always looking for a toilet. "
                + "And when I do go, it takes a while to get started and then it's a bit of a dribble.",
        "[doctor] How long has this been going on?", "[patient] It's crept up over the last year or so.",
        "[spouse] I've got the same thing, up all night weeing, but my doctor says mine's an overactive bladder. I'm on "
                + "the solifenacin for it.",
        "[doctor] It's very common. And your bowels, okay?", "[patient] Regular as clockwork."};

    @Test
    void theWifesOwnComplaintIsNotWrittenIntoHisHistory() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.toLowerCase().contains("overactive bladder")
                || l.toLowerCase().contains("spouse"));
    }

    @Test
    void aWifeSpeakingOfHerselfDoesNotMakeHerTheHistorian() {
        assertThat(Visits.read(VISIT).historian().patient()).isTrue();
    }

    @Test
    void lowerUrinaryTractSymptomsInLayWordsAreHisSymptoms() {
        assertThat(Visits.read(VISIT).symptoms()).extracting(s -> s.name())
                .contains("urinary frequency", "urinary hesitancy", "terminal dribbling");
    }
}
