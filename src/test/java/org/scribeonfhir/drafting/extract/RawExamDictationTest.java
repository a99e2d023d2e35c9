package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * An exam dictated without punctuation ("the right first toe joint is red hot and swollen and very tender … the rest
 * of the foot looks fine good pulses in the foot … the left foot is normal") keeps each finding, "good pulses" keeps
 * its "good", and epigastric tenderness is filed under the abdomen.
 */
class RawExamDictationTest {

    private static List<String> lines(String... visit) {
        return Visits.lines(Visits.draft(visit));
    }

    @Test
    void eachFindingOfARunOnDictationIsKept() {
        List<String> l = lines("[doctor] what brings you in", "[patient] my big toe on the right it's killing me",
                "[doctor] okay vitals today blood pressure 146 over 92 pulse 78 let me look at that foot",
                "[patient] easy doc easy",
                "[doctor] the right first toe joint is red hot and swollen and very tender even with light touch the "
                        + "rest of the foot looks fine good pulses in the foot no open skin and no tophi those chalky "
                        + "lumps that i can see the left foot is normal");
        assertThat(l).anyMatch(x -> x.contains("Right first toe joint is red hot and swollen and very tender"));
        assertThat(l).anyMatch(x -> x.contains("Good pulses in the foot."));
    }

    @Test
    void epigastricTendernessIsTheAbdomensFinding() {
        List<String> l = lines("[doctor] What brings you in?", "[patient] Burning in my stomach after meals.",
                "[doctor] Let me examine you. Mild tenderness up in the epigastric area, no guarding. Your right knee "
                        + "has some bony enlargement. Ligaments are stable.");
        assertThat(l).anyMatch(x -> x.startsWith("• Gastrointestinal: Mild tenderness up in the epigastric area"));
    }
}
