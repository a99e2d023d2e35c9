package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "Have you ever taken ibuprofen or naproxen?" "I have in the past, not lately" is past use, not a current medication;
 * "better in a day or two" and "no more than four grams in a day" are no dosing frequency.
 */
class PastUseAndDayOrTwoTest {

    @Test
    void usedInThePastIsNotCurrent() {
        assertThat(Visits.lines(Visits.draft("[doctor] What have you taken for the headache?",
                "[patient] Just paracetamol.",
                "[doctor] And have you ever, taken any anti-inflammatories, like ibuprofen, naproxen?",
                "[patient] Um, I have in the past, I haven't been taking them lately.",
                "[doctor] OK. I think this is a tension headache.")))
                .noneMatch(l -> l.startsWith("Current medications") && (l.contains("ibuprofen")
                        || l.contains("naproxen")));
    }

    @Test
    void aDayOrTwoIsNoFrequency() {
        assertThat(Sig.frequency("you should feel better in a day or two")).isNull();
        assertThat(Sig.frequency("keep the food bland for a day or two")).isNull();
        assertThat(Sig.frequency("no more than four grams in a day")).isNull();
        assertThat(Sig.frequency("two tablets twice a day")).isEqualTo("twice daily");
        assertThat(Sig.frequency("one tablet a day")).isEqualTo("daily");
    }
}
